import { ConferError, newClientId } from '#libs/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MEMBER_NAME, OLDER_MESSAGES, type ThreadDetail } from '../../graphql/discussions-operations';
import { useRealtime } from '../../realtime/realtime-context';
import { useAnnounce } from '../announcer';
import {
  firstUnreadSeq,
  fromNode,
  loadUnsent,
  mergeMessages,
  mergePayloads,
  saveUnsent,
  withCounts,
  type LiveMessage,
  type UnsentMessage,
} from './live-thread-state';

/** How long a send may take before it shows as "Not sent" (the client may still deliver it; it then shows as sent). */
const SEND_PATIENCE_MS = 8_000;
const TYPING_SHOWN_MS = 5_000;

/**
 * A thread, live: its last messages from GraphQL, then joined on the socket from there; new, edited and deleted
 * messages, reactions and typing as they happen; older pages on demand; sends that are never lost (kept as
 * "not sent" with their clientId, to be tried again) and reads marked as they are seen.
 */
export function useLiveThread(thread: ThreadDetail, viewerId: string) {
  const { client, status } = useRealtime();
  const apollo = useApolloClient();
  const announce = useAnnounce();
  const threadId = thread.id;
  const [messages, setMessages] = useState<LiveMessage[]>(() =>
    thread.messages.edges.map((edge) => fromNode(edge.node)),
  );
  const [older, setOlder] = useState({
    hasMore: thread.messages.pageInfo.hasPreviousPage,
    cursor: thread.messages.pageInfo.startCursor,
  });
  // Read once, from the messages the thread opened with (the initial state above).
  const [unreadFrom] = useState(() => firstUnreadSeq(messages, thread.unreadCount, viewerId));
  const [unsent, setUnsent] = useState<UnsentMessage[]>(() => loadUnsent(threadId));
  const [typers, setTypers] = useState<Record<string, number>>({});
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(thread.participants.map((person) => [person.id, person.displayName])),
  );
  const [joined, setJoined] = useState<'joining' | 'joined' | 'refused'>('joining');
  const lastSeqRef = useRef(0);
  useEffect(() => {
    lastSeqRef.current = messages.length ? messages[messages.length - 1].seq : 0;
  }, [messages]);
  const markedRef = useRef(0);

  useEffect(
    () =>
      saveUnsent(
        threadId,
        unsent.filter((message) => message.state === 'failed' || message.state === 'sending'),
      ),
    [threadId, unsent],
  );

  const nameOf = useCallback(
    (memberId: string) =>
      names[memberId] ?? messages.find((message) => message.author?.id === memberId)?.author?.displayName,
    [names, messages],
  );

  // Live: listen first, then join from the last message GraphQL gave (the join returns what came since).
  useEffect(() => {
    if (!client) return;
    let gone = false;
    const mine = <T extends { threadId: string }>(event: T) => event.threadId === threadId;
    const offs = [
      client.on('message', (payload) => {
        if (!mine(payload)) return;
        setMessages((shown) => mergePayloads(shown, [payload]));
        const author = payload.author;
        if (author && author.id !== viewerId) {
          setTypers((shown) => Object.fromEntries(Object.entries(shown).filter(([id]) => id !== author.id)));
          announce(
            `New message from ${author.displayName}: ${payload.hidden ? 'hidden' : payload.body.slice(0, 140)}`,
          );
        }
      }),
      client.on('messageUpdated', (payload) => {
        if (mine(payload)) setMessages((shown) => mergePayloads(shown, [payload]));
      }),
      client.on('messageDeleted', (payload) => {
        if (mine(payload)) setMessages((shown) => mergePayloads(shown, [payload]));
      }),
      client.on('reactions', (update) => {
        if (!mine(update)) return;
        setMessages((shown) =>
          shown.map((m) =>
            m.id === update.messageId ? { ...m, reactions: withCounts(m.reactions, update.reactions) } : m,
          ),
        );
      }),
      client.on('typing', (event) => {
        if (mine(event) && event.memberId !== viewerId)
          setTypers((shown) => ({ ...shown, [event.memberId]: Date.now() + TYPING_SHOWN_MS }));
      }),
    ];
    client.join(threadId, lastSeqRef.current).then(
      (found) => {
        if (gone) return;
        setMessages((shown) => mergePayloads(shown, found));
        setJoined('joined');
      },
      () => !gone && setJoined('refused'),
    );
    return () => {
      gone = true;
      offs.forEach((off) => off());
      client.leave(threadId).catch(() => undefined);
    };
  }, [client, threadId, viewerId, announce]);

  // Typing fades after a few seconds; names not known yet are looked up once.
  useEffect(() => {
    const ids = Object.keys(typers);
    if (ids.length === 0) return;
    for (const id of ids)
      if (!nameOf(id))
        apollo.query({ query: MEMBER_NAME, variables: { id } }).then(
          ({ data }) => data && setNames((known) => ({ ...known, [id]: data.member.displayName })),
          () => undefined,
        );
    const next = Math.min(...Object.values(typers)) - Date.now();
    const timer = setTimeout(
      () =>
        setTypers((shown) =>
          Object.fromEntries(Object.entries(shown).filter(([, until]) => until > Date.now())),
        ),
      Math.max(next, 100),
    );
    return () => clearTimeout(timer);
  }, [typers, apollo, nameOf]);

  const trySend = useCallback(
    (clientId: string, body: string) => {
      setUnsent((shown) => [
        ...shown.filter((m) => m.clientId !== clientId),
        { clientId, body, state: 'sending' },
      ]);
      const fail = (reason?: string) =>
        setUnsent((shown) =>
          shown.map((m) => (m.clientId === clientId ? { ...m, state: 'failed', reason } : m)),
        );
      if (!client || status !== 'connected') {
        fail();
        announce('Your message was not sent: the connection is down. It is kept; choose Retry.');
        return;
      }
      let settled = false;
      const patience = setTimeout(() => {
        if (!settled) {
          fail();
          announce('Your message was not sent yet. It is kept; choose Retry.');
        }
      }, SEND_PATIENCE_MS);
      client.send(threadId, body, { clientId }).then(
        (message) => {
          settled = true;
          clearTimeout(patience);
          setMessages((shown) => mergePayloads(shown, [message]));
          setUnsent((shown) => shown.filter((m) => m.clientId !== clientId));
        },
        (error: unknown) => {
          settled = true;
          clearTimeout(patience);
          const refused =
            error instanceof ConferError &&
            !['TIMEOUT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'].includes(error.code);
          fail(refused ? error.message : undefined);
          announce(
            `Your message was not sent${refused ? `: ${error.message}` : ''}. It is kept; choose Retry.`,
          );
        },
      );
    },
    [client, status, threadId, announce],
  );

  const send = useCallback((body: string) => trySend(newClientId(), body), [trySend]);
  const retry = useCallback((message: UnsentMessage) => trySend(message.clientId, message.body), [trySend]);
  const discard = useCallback(
    (clientId: string) => setUnsent((shown) => shown.filter((m) => m.clientId !== clientId)),
    [],
  );

  const loadOlder = useCallback(async () => {
    if (!older.hasMore || !older.cursor) return;
    const { data } = await apollo.query({
      query: OLDER_MESSAGES,
      variables: { id: threadId, before: older.cursor },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    const page = data.thread.messages;
    setMessages((shown) =>
      mergeMessages(
        shown,
        page.edges.map((edge) => fromNode(edge.node)),
      ),
    );
    setOlder({ hasMore: page.pageInfo.hasPreviousPage, cursor: page.pageInfo.startCursor });
  }, [apollo, older, threadId]);

  const react = useCallback(
    async (messageId: string, emoji: string) => {
      if (!client) throw new Error('Not connected.');
      const reactions = await client.react(messageId, emoji);
      setMessages((shown) =>
        shown.map((m) =>
          m.id === messageId ? { ...m, reactions: reactions.filter((r) => r.count > 0) } : m,
        ),
      );
    },
    [client],
  );

  const edit = useCallback(
    async (messageId: string, body: string) => {
      if (!client) throw new Error('Not connected.');
      const message = await client.edit(messageId, body);
      setMessages((shown) => mergePayloads(shown, [message]));
    },
    [client],
  );

  const remove = useCallback(
    async (messageId: string) => {
      if (!client) throw new Error('Not connected.');
      const message = await client.delete(messageId);
      setMessages((shown) => mergePayloads(shown, [message]));
    },
    [client],
  );

  /** The viewer has seen up to `seq`: tell the server once per new high point. */
  const markSeen = useCallback(
    (seq: number) => {
      if (!client || seq <= markedRef.current) return;
      markedRef.current = seq;
      client.markRead(threadId, seq).catch(() => {
        markedRef.current = 0;
      });
    },
    [client, threadId],
  );

  const typing = useCallback(() => client?.typing(threadId), [client, threadId]);
  const typingNames = Object.keys(typers).map((id) => nameOf(id) ?? 'Someone');

  return {
    messages,
    unsent,
    older,
    unreadFrom,
    typingNames,
    joined,
    status,
    send,
    retry,
    discard,
    loadOlder,
    react,
    edit,
    remove,
    markSeen,
    typing,
  };
}

export type LiveThread = ReturnType<typeof useLiveThread>;
