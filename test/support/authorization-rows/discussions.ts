// The authorization matrix's rows for discussions over GraphQL: the group's threads, their messages, and the
// member's conversation with the outsider. (The same over the socket: socket.ts.)
import {
  CONTENT_MODERATORS,
  CONVERSATION,
  each,
  edgeIds,
  EVERY_MEMBER,
  GROUP_POSTERS,
  GROUP_READERS,
  IN_GROUP,
  listed,
  OUTSIDE_HIDDEN_GROUP,
  REPORT_HANDLERS,
  signedIn,
  unique,
  w,
  type Rows,
} from './shared.js';

export const DISCUSSION_QUERIES: Rows = {
  myThreads: {
    request: () => ({ query: '{ myThreads(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(edgeIds(data.myThreads), w.threadId, IN_GROUP.has(kind), 'the group’s thread') ??
      listed(edgeIds(data.myThreads), w.hiddenThreadId, false, 'the hidden thread') ??
      (OUTSIDE_HIDDEN_GROUP.has(kind)
        ? listed(edgeIds(data.myThreads), w.hiddenGroup.threadId, false, 'the hidden group’s thread')
        : undefined),
  },
  thread: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id messages(first: 5) { edges { node { id } } } } }',
        variables: { id: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id messages(first: 5) { edges { node { id } } } } }',
        variables: { id: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
    {
      on: 'a thread hidden by its moderators',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id } }',
        variables: { id: w.hiddenThreadId },
      }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a thread of a group hidden by an admin',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id } }',
        variables: { id: w.hiddenGroup.threadId },
      }),
      expect: REPORT_HANDLERS,
    },
  ],
};

export const DISCUSSION_MUTATIONS: Rows = {
  createThread: {
    request: () => ({
      query:
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "From the matrix", body: "Hello" }) { id } }',
      variables: { g: w.groupId },
    }),
    expect: GROUP_POSTERS,
  },
  postMessage: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a locked thread',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.lockedThreadId },
      }),
      expect: CONTENT_MODERATORS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
  ],
  editMessage: [
    {
      on: 'someone else’s message',
      request: () => ({
        query: 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }',
        variables: { id: w.posterMessageId, b: `Edited ${unique()}` },
      }),
      expect: signedIn({
        ...each('NOT_FOUND'),
        member: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        owner: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      }),
    },
    {
      on: 'their own message',
      request: (kind) => ({
        query: 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }',
        variables: {
          id: kind === 'anonymous' ? w.posterMessageId : w.ownMessages[kind].edit,
          b: `Edited ${unique()}`,
        },
      }),
      expect: GROUP_READERS,
    },
  ],
  deleteMessage: [
    {
      on: 'someone else’s message',
      request: async () => ({
        query: 'mutation($id: ID!) { deleteMessage(id: $id) { id deleted } }',
        variables: { id: await w.write(w.people.poster, w.threadId) },
      }),
      expect: CONTENT_MODERATORS,
    },
    {
      on: 'their own message',
      request: (kind) => ({
        query: 'mutation($id: ID!) { deleteMessage(id: $id) { id deleted } }',
        variables: { id: kind === 'anonymous' ? w.posterMessageId : w.ownMessages[kind].delete },
      }),
      expect: GROUP_READERS,
    },
  ],
  toggleReaction: {
    request: () => ({
      query: 'mutation($id: ID!) { toggleReaction(messageId: $id, emoji: "👍") { emoji count } }',
      variables: { id: w.posterMessageId },
    }),
    expect: GROUP_READERS,
  },
  markThreadRead: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) }',
        variables: { t: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) }',
        variables: { t: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
  ],
  pinThread: {
    request: () => ({
      query: 'mutation($t: ID!) { pinThread(threadId: $t, pinned: true) { id } }',
      variables: { t: w.spareThreadId },
    }),
    expect: CONTENT_MODERATORS,
  },
  lockThread: {
    request: () => ({
      query: 'mutation($t: ID!) { lockThread(threadId: $t, locked: true) { id } }',
      variables: { t: w.spareThreadId },
    }),
    expect: CONTENT_MODERATORS,
  },
};
