// The authorization matrix's rows for the socket: each client-to-server event of schema/realtime.asyncapi.yaml,
// sent by every kind of viewer that can connect (anonymous and suspended callers are refused at the connection).
import type { SignedInKind } from '../authorization-world.js';
import { each, unique, w, type Outcome, type SocketCase, type UnacknowledgedEvent } from './shared.js';

// The socket: against the group's thread (and the conversation), for every kind that can connect.
const SOCKET_READERS: Record<SignedInKind, Outcome> = {
  ...each('NOT_FOUND'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
};
const ownMessage = (kind: SignedInKind, which: 'socketEdit' | 'socketDelete') => w.ownMessages[kind][which];

export const SOCKET: Record<string, SocketCase[] | UnacknowledgedEvent> = {
  'thread:join': [
    { on: 'the group’s thread', payload: () => ({ threadId: w.threadId }), expect: SOCKET_READERS },
    {
      on: 'a conversation',
      payload: () => ({ threadId: w.directThreadId }),
      expect: { ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' },
    },
  ],
  'thread:leave': [{ payload: () => ({ threadId: w.threadId }), expect: each('OK') }],
  'message:send': [
    {
      on: 'the group’s thread',
      payload: () => ({ threadId: w.threadId, body: 'Sent by the matrix' }),
      expect: SOCKET_READERS,
    },
    {
      on: 'a conversation',
      payload: () => ({ threadId: w.directThreadId, body: 'Sent by the matrix' }),
      expect: { ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' },
    },
  ],
  'message:edit': [
    {
      on: 'someone else’s message',
      payload: () => ({ messageId: w.posterMessageId, body: `Edited ${unique()}` }),
      expect: {
        ...each('NOT_FOUND'),
        member: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        owner: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
    },
    {
      on: 'their own message',
      payload: (kind) => ({ messageId: ownMessage(kind, 'socketEdit'), body: `Edited ${unique()}` }),
      expect: SOCKET_READERS,
    },
  ],
  'message:delete': [
    {
      on: 'someone else’s message',
      payload: async () => ({ messageId: await w.write(w.people.poster, w.threadId) }),
      expect: { ...each('NOT_FOUND'), member: 'FORBIDDEN', moderator: 'OK', owner: 'OK', admin: 'OK' },
    },
    {
      on: 'their own message',
      payload: (kind) => ({ messageId: ownMessage(kind, 'socketDelete') }),
      expect: SOCKET_READERS,
    },
  ],
  'reaction:toggle': [
    { payload: () => ({ messageId: w.posterMessageId, emoji: '🎉' }), expect: SOCKET_READERS },
  ],
  'thread:read': [{ payload: () => ({ threadId: w.threadId, seq: 1 }), expect: SOCKET_READERS }],
  typing: {
    payload: () => ({ threadId: w.threadId }),
    heard: {
      member: true,
      moderator: true,
      owner: true,
      admin: true,
      outsider: false,
      pending: false,
      banned: false,
    },
  },
};
