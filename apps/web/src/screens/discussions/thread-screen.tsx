import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { THREAD, type ThreadDetail } from '../../graphql/discussions-operations';
import { errorCodeOf } from '../../graphql/graphql-errors';
import { useViewer } from '../../session/session-context';
import { Composer } from '../../ui/discussions/composer';
import { MessageList } from '../../ui/discussions/message-list';
import { useLiveThread } from '../../ui/discussions/use-live-thread';
import { Screen } from '../../ui/layout/screen';
import '../../styles/discussions.css';

function threadTitle(thread: ThreadDetail, viewerId: string): string {
  if (thread.title) return thread.title;
  const other = thread.participants.find((person) => person.id !== viewerId);
  return other ? `Conversation with ${other.displayName}` : 'Conversation';
}

/** As the server says when a conversation's other person is gone or blocked (libs/discussions thread-access.ts). */
const CONVERSATION_CLOSED = 'This conversation is closed: you can no longer send messages in it.';

function typingWords(names: string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  return 'Several people are typing…';
}

/** The live part, once the thread is loaded. */
function LiveThread({ thread, viewerId }: { thread: ThreadDetail; viewerId: string }) {
  const live = useLiveThread(thread, viewerId);
  const can = thread.viewerCan;
  const group = thread.group;
  const down = live.status === 'reconnecting' || live.status === 'offline';
  return (
    <div className="live-thread" data-live-state={live.joined}>
      <div aria-live="polite" className="live-banner-slot">
        {down && (
          <p className="banner banner--warning" data-testid="reconnect-banner">
            Lost connection — reconnecting… New messages will appear when we are back.
          </p>
        )}
      </div>
      {thread.locked && (
        <p className="notice">
          This thread is locked:{' '}
          {can.moderate
            ? 'only owners and moderators (like you) can write in it.'
            : 'nobody can add to it now.'}
        </p>
      )}
      {live.joined === 'refused' && (
        <p className="inline-error">You can no longer follow this conversation live.</p>
      )}
      <MessageList
        messages={live.messages}
        unsent={live.unsent}
        viewerId={viewerId}
        threadCan={can}
        unreadFrom={live.unreadFrom}
        hasOlder={live.older.hasMore}
        loadOlder={live.loadOlder}
        markSeen={live.markSeen}
        actions={{ react: live.react, edit: live.edit, remove: live.remove }}
        onRetry={live.retry}
        onDiscard={live.discard}
      />
      <p className="typing" aria-live="off" data-testid="typing">
        {typingWords(live.typingNames)}
      </p>
      {can.post && <Composer threadId={thread.id} onSend={live.send} onTyping={live.typing} />}
      {group && !group.viewerCan.post && group.viewerCan.join && (
        <p className="notice">
          To write here, <Link to={`/groups/${group.slug}`}>join {group.name}</Link> first.
        </p>
      )}
      {!group && !can.post && <p className="notice">{CONVERSATION_CLOSED}</p>}
    </div>
  );
}

/** A thread of a group, or a direct conversation, live. Outsiders of a private group see that it is not for them. */
export function ThreadScreen() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, loading } = useQuery(THREAD, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data && loading)
    return (
      <Screen title="Conversation">
        <p className="quiet">Loading the conversation…</p>
      </Screen>
    );
  if (!data) {
    const code = errorCodeOf(error);
    const notFound = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
    return (
      <Screen title={notFound ? 'Conversation not found' : 'Conversation'}>
        {notFound ? (
          <p>
            There is no conversation here that you can read. If it belongs to a private group, join this group
            first: find it among the <Link to="/groups">groups</Link> and ask to join.
          </p>
        ) : (
          <p className="inline-error">
            We could not load this conversation. Check your connection and reload the page.
          </p>
        )}
      </Screen>
    );
  }
  const thread = data.thread;
  return (
    <Screen title={threadTitle(thread, viewer.id)}>
      <p className="thread-context">
        {thread.group ? (
          <>
            In the group <Link to={`/groups/${thread.group.slug}`}>{thread.group.name}</Link>
          </>
        ) : (
          <Link to="/messages">All your conversations</Link>
        )}
      </p>
      <LiveThread key={thread.id} thread={thread} viewerId={viewer.id} />
    </Screen>
  );
}
