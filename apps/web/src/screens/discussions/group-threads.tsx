import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { appendGroupPage } from '../../graphql/connection';
import {
  CREATE_THREAD,
  GROUP_THREADS,
  LOCK_THREAD,
  PIN_THREAD,
  type ThreadSummary,
} from '../../graphql/discussions-operations';
import { useAnnounce } from '../../ui/announcer';
import { plural, shortTime } from '../../ui/discussions/group-words';
import { ShowMore } from '../../ui/show-more';
import { TextAreaField } from '../../ui/form/text-area-field';
import { useAction } from '../../ui/discussions/use-action';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField } from '../../ui/form/form-field';

/** Pin and lock, for owners and moderators. */
function ThreadModeration({ thread }: { thread: ThreadSummary }) {
  const [pin] = useMutation(PIN_THREAD);
  const [lock] = useMutation(LOCK_THREAD);
  const { busy, problem, run } = useAction();
  const announce = useAnnounce();
  const title = thread.title ?? 'this thread';
  return (
    <div className="button-row button-row--compact">
      <button
        type="button"
        className="button button--small"
        aria-disabled={busy}
        onClick={() =>
          void run(() =>
            pin({
              variables: { threadId: thread.id, pinned: !thread.pinned },
              refetchQueries: ['GroupThreads'],
            }),
          ).then((ok) => ok && announce(thread.pinned ? `${title} unpinned.` : `${title} pinned to the top.`))
        }
      >
        {thread.pinned ? 'Unpin' : 'Pin'}
        <span className="visually-hidden"> {title}</span>
      </button>
      <button
        type="button"
        className="button button--small"
        aria-disabled={busy}
        onClick={() =>
          void run(() => lock({ variables: { threadId: thread.id, locked: !thread.locked } })).then(
            (ok) => ok && announce(thread.locked ? `${title} unlocked.` : `${title} locked.`),
          )
        }
      >
        {thread.locked ? 'Unlock' : 'Lock'}
        <span className="visually-hidden"> {title}</span>
      </button>
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

function StartThread({ groupId }: { groupId: string }) {
  const [createThread] = useMutation(CREATE_THREAD);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, string>) => {
    const { data } = await createThread({
      variables: { input: { groupId, title: values.title ?? '', body: values.body ?? '' } },
    });
    if (data) await navigate(`/threads/${data.createThread.id}`);
  };
  return (
    <div className="start-thread">
      <button
        type="button"
        className="button button--primary"
        aria-expanded={open}
        aria-controls="start-thread"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close the new thread form' : 'Start a thread'}
      </button>
      <div id="start-thread" hidden={!open}>
        {open && (
          <ConferForm
            onSubmit={submit}
            submitLabel="Post the thread"
            submittingLabel="Posting…"
            label="New thread"
          >
            <FormField name="title" label="Title" hint="What is it about, in a few words." />
            <TextAreaField name="body" label="First message" rows={5} />
          </ConferForm>
        )}
      </div>
    </div>
  );
}

/** The group's threads: pinned first, then latest activity; unread counts; starting one; pin and lock. */
export function GroupThreads({
  slug,
  groupId,
  canPost,
  canModerate,
}: {
  slug: string;
  groupId: string;
  canPost: boolean;
  canModerate: boolean;
}) {
  const { data, loading, error, fetchMore } = useQuery(GROUP_THREADS, { variables: { slug } });
  const threads = data?.group.threads;
  return (
    <section className="section" aria-labelledby="threads-heading">
      <h2 id="threads-heading">Threads</h2>
      {canPost && <StartThread groupId={groupId} />}
      {!data && loading && <p className="quiet">Loading the threads…</p>}
      {!data && error && (
        <p className="inline-error">We could not load the threads. Please reload the page.</p>
      )}
      {threads && threads.edges.length === 0 && (
        <p className="quiet">No threads yet.{canPost ? ' Start the first one.' : ''}</p>
      )}
      {threads && threads.edges.length > 0 && (
        <ul className="thread-list">
          {threads.edges.map(({ node: thread }) => (
            <li className="thread-list__item" key={thread.id}>
              <div className="thread-list__main">
                <Link className="thread-list__title" to={`/threads/${thread.id}`}>
                  {thread.title}
                </Link>
                {thread.pinned && <span className="tag">Pinned</span>}
                {thread.locked && <span className="tag">Locked</span>}
                {thread.unreadCount > 0 && (
                  <span className="badge">{plural(thread.unreadCount, 'new message')}</span>
                )}
              </div>
              <p className="quiet thread-list__facts">
                {plural(thread.messageCount, 'message')} · last activity {shortTime(thread.lastActivityAt)}
              </p>
              {canModerate && <ThreadModeration thread={thread} />}
            </li>
          ))}
        </ul>
      )}
      <ShowMore
        what="threads"
        pageInfo={threads?.pageInfo}
        load={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: appendGroupPage('threads'),
          })
        }
      />
    </section>
  );
}
