import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ThreadPermissions } from '../../graphql/discussions-operations';
import { messagePermissionsOf } from './live-message-permissions';
import type { LiveMessage, UnsentMessage } from './live-thread-state';
import { MessageItem, type MessageActions } from './message-item';
import { UnsentItem } from './unsent-item';

export interface MessageListProps {
  messages: LiveMessage[];
  unsent: UnsentMessage[];
  viewerId: string;
  /** The thread's viewerCan: what messages that arrived live allow (they carry none of their own). */
  threadCan: ThreadPermissions;
  unreadFrom: number | null;
  hasOlder: boolean;
  loadOlder: () => Promise<void>;
  markSeen: (seq: number) => void;
  actions: MessageActions;
  onRetry: (message: UnsentMessage) => void;
  onDiscard: (clientId: string) => void;
}

const NEAR_BOTTOM_PX = 120;

/**
 * The messages in a scrolling box: opens at the bottom (or at "New messages"), stays at the bottom as messages come
 * while you are there, loads earlier ones when you scroll to the top (or press "Show earlier messages") without
 * moving what you are reading, and marks as read what reached the bottom of the box.
 */
export function MessageList(props: MessageListProps) {
  const { messages, unsent, viewerId, threadCan, unreadFrom, hasOlder, loadOlder, markSeen, actions } = props;
  const box = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const marker = useRef<HTMLLIElement>(null);
  const keepFromBottom = useRef<number | null>(null);
  const nearBottom = useRef(true);
  const opened = useRef(false);
  const [olderState, setOlderState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const lastSeq = messages.length ? messages[messages.length - 1].seq : 0;

  const seeBottom = () => {
    const el = box.current;
    if (!el) return;
    nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    if (nearBottom.current && document.visibilityState === 'visible') markSeen(lastSeq);
  };

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!opened.current) {
      opened.current = true;
      if (marker.current) el.scrollTop = Math.max(0, marker.current.offsetTop - el.offsetTop - 16);
      else el.scrollTop = el.scrollHeight;
    } else if (keepFromBottom.current !== null) {
      el.scrollTop = el.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else if (nearBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages, unsent]);

  useEffect(() => {
    seeBottom();
    const visible = () => seeBottom();
    document.addEventListener('visibilitychange', visible);
    return () => document.removeEventListener('visibilitychange', visible);
  });

  const older = () => {
    const el = box.current;
    if (!el || olderState === 'loading') return;
    keepFromBottom.current = el.scrollHeight - el.scrollTop;
    setOlderState('loading');
    loadOlder().then(
      () => setOlderState('idle'),
      () => {
        keepFromBottom.current = null;
        setOlderState('failed');
      },
    );
  };

  // Scrolling to the top loads the page before.
  useEffect(() => {
    const sentinel = top.current;
    if (!sentinel || !hasOlder || olderState !== 'idle' || !opened.current) return;
    const watcher = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && older(), {
      root: box.current,
    });
    watcher.observe(sentinel);
    return () => watcher.disconnect();
  });

  return (
    <div
      className="message-list"
      ref={box}
      onScroll={seeBottom}
      tabIndex={0}
      role="region"
      aria-label="Messages"
    >
      <div ref={top} className="message-list__top">
        {hasOlder ? (
          <button
            type="button"
            className="button button--small"
            onClick={older}
            aria-disabled={olderState === 'loading'}
          >
            {olderState === 'loading' ? 'Loading earlier messages…' : 'Show earlier messages'}
          </button>
        ) : (
          <p className="quiet">This is the start of the conversation.</p>
        )}
        {olderState === 'failed' && (
          <span className="inline-error"> We could not load earlier messages.</span>
        )}
      </div>
      {messages.length === 0 && unsent.length === 0 && (
        <p className="quiet">No messages yet. Write the first one below.</p>
      )}
      <ol className="message-list__items">
        {messages.map((message) => (
          <Fragment key={message.id}>
            {message.seq === unreadFrom && (
              <li className="unread-marker" ref={marker}>
                <span>New messages</span>
              </li>
            )}
            <li>
              <MessageItem
                message={message}
                mine={message.author?.id === viewerId}
                can={messagePermissionsOf(message, threadCan, viewerId)}
                actions={actions}
              />
            </li>
          </Fragment>
        ))}
        {unsent.map((message) => (
          <li key={message.clientId}>
            <UnsentItem
              message={message}
              onRetry={() => props.onRetry(message)}
              onDiscard={() => props.onDiscard(message.clientId)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
