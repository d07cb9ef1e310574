import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { appendPage } from '../../graphql/connection';
import { MY_THREADS, START_DIRECT_THREAD } from '../../graphql/discussions-operations';
import { useViewer } from '../../session/session-context';
import { plural, shortTime } from '../../ui/discussions/group-words';
import { MemberPicker } from '../../ui/discussions/member-picker';
import { ShowMore } from '../../ui/show-more';
import { Screen } from '../../ui/layout/screen';
import '../../styles/discussions.css';

/** Starting a conversation: find the member in the directory, then open (or reopen) your conversation with them. */
function NewMessage({ viewerId }: { viewerId: string }) {
  const [start] = useMutation(START_DIRECT_THREAD);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState('');
  return (
    <section className="section" aria-labelledby="new-message-heading">
      <h2 id="new-message-heading">Write to someone</h2>
      <button
        type="button"
        className="button button--primary"
        aria-expanded={open}
        aria-controls="new-message"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close' : 'New message'}
      </button>
      <div id="new-message" hidden={!open}>
        {open && (
          <MemberPicker
            id="new-message-member"
            exclude={viewerId}
            label="Who do you want to write to?"
            actionLabel="Message"
            onPick={async (member) => {
              setProblem('');
              try {
                const { data } = await start({ variables: { memberId: member.id } });
                if (data) await navigate(`/threads/${data.startDirectThread.id}`);
              } catch {
                setProblem(`We could not start a conversation with ${member.displayName}. Please try again.`);
              }
            }}
          />
        )}
        {problem && (
          <p className="inline-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}

/** Direct messages: your one-to-one conversations, latest first, with unread counts. */
export function MessagesScreen() {
  const viewer = useViewer();
  const { data, loading, error, fetchMore } = useQuery(MY_THREADS, { variables: {} });
  const direct = (data?.myThreads.edges ?? [])
    .map((edge) => edge.node)
    .filter((thread) => thread.participants.length > 0);
  return (
    <Screen title="Messages" lead="Your conversations with other members. Only the two of you read them.">
      <NewMessage viewerId={viewer.id} />
      <section className="section" aria-labelledby="conversations-heading">
        <h2 id="conversations-heading">Your conversations</h2>
        {!data && loading && <p className="quiet">Loading your conversations…</p>}
        {!data && error && (
          <p className="inline-error">We could not load your conversations. Please reload the page.</p>
        )}
        {data && direct.length === 0 && (
          <p className="quiet">No conversations yet. Choose “New message” to write to someone.</p>
        )}
        {direct.length > 0 && (
          <ul className="thread-list">
            {direct.map((thread) => {
              const other =
                thread.participants.find((person) => person.id !== viewer.id) ?? thread.participants[0];
              return (
                <li key={thread.id} className="thread-list__item">
                  <div className="thread-list__main">
                    <Link className="thread-list__title" to={`/threads/${thread.id}`}>
                      {other?.displayName ?? 'Former member'}
                    </Link>
                    {thread.unreadCount > 0 && (
                      <span className="badge">{plural(thread.unreadCount, 'new message')}</span>
                    )}
                  </div>
                  <p className="quiet thread-list__facts">
                    {thread.messageCount === 0
                      ? 'No messages yet'
                      : `Last message ${shortTime(thread.lastActivityAt)}`}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        <ShowMore
          what="conversations"
          pageInfo={data?.myThreads.pageInfo}
          load={(after) =>
            fetchMore({
              variables: { after },
              updateQuery: (shown, { fetchMoreResult }) => ({
                myThreads: appendPage(shown.myThreads, fetchMoreResult.myThreads),
              }),
            })
          }
        />
      </section>
    </Screen>
  );
}
