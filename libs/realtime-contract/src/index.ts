// The typed face of schema/realtime.asyncapi.yaml (the contract; test/realtime/socket-contract.e2e-spec.ts checks the
// running service against it). Types and constants only: the realtime service, the discussions domain and the
// typed client (libs/client) share it, and it pulls nothing into a browser bundle.

/** The codes an acknowledgement's error carries (API.md). */
export type ErrorCodeName =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A message as sockets see it: the GraphQL `Message` shape. */
export interface MessagePayload {
  id: string;
  seq: number;
  threadId: string;
  body: string;
  parentId: string | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Hidden by a moderator (its body is then empty). */
  hidden: boolean;
  author: { id: string; handle: string; displayName: string } | null;
}

/** A notification as sockets see it (`notification:new` to the recipient's sockets). */
export interface NotificationPayload {
  id: string;
  kind: string;
  /** How many things it gathers ("3 new replies"). */
  count: number;
  /** What it says, in plain words ("Sam asked to join Carers network"). */
  summary: string;
  /** Where it leads: a path in the web app. */
  link: string;
  actorId: string | null;
  threadId: string | null;
  messageId: string | null;
  groupId: string | null;
  eventId: string | null;
  pairingId: string | null;
  createdAt: string;
  updatedAt: string;
  readAt: string | null;
}

export interface AckError {
  code: ErrorCodeName;
  message: string;
  /** RATE_LIMITED: seconds to wait. */
  retryAfter?: number;
  /** BAD_USER_INPUT: which field is wrong and why. */
  fields?: Record<string, string>;
}

/** Every acknowledgement: `{ ok: true, ... }` or `{ ok: false, error: { code, message } }`. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckError };

/** The most that `thread:join` returns; a client told `hasMore` pages the rest through GraphQL. */
export const JOIN_BACKLOG_LIMIT = 100;

export interface ClientToServer {
  'thread:join': (
    input: { threadId: string; afterSeq?: number },
    ack: (result: Ack<{ messages: MessagePayload[]; hasMore: boolean }>) => void,
  ) => void;
  'thread:leave': (input: { threadId: string }, ack: (result: Ack) => void) => void;
  'message:send': (
    input: { threadId: string; body: string; parentId?: string | null; clientId?: string | null },
    ack: (result: Ack<{ message: MessagePayload }>) => void,
  ) => void;
  'message:edit': (
    input: { messageId: string; body: string },
    ack: (result: Ack<{ message: MessagePayload }>) => void,
  ) => void;
  'message:delete': (
    input: { messageId: string },
    ack: (result: Ack<{ message: MessagePayload }>) => void,
  ) => void;
  'reaction:toggle': (
    input: { messageId: string; emoji: string },
    ack: (
      result: Ack<{ reactions: Array<{ emoji: string; count: number; viewerReacted: boolean }> }>,
    ) => void,
  ) => void;
  'thread:read': (
    input: { threadId: string; seq: number },
    ack: (result: Ack<{ seq: number }>) => void,
  ) => void;
  typing: (input: { threadId: string }) => void;
}

export interface ServerToClient {
  'message:new': (message: MessagePayload) => void;
  'message:updated': (message: MessagePayload) => void;
  'message:deleted': (message: MessagePayload) => void;
  /** A moderator hid the thread: it is gone, and the socket has left its room. */
  'thread:hidden': (event: { threadId: string }) => void;
  'reaction:updated': (update: { messageId: string; threadId: string; reactions: ReactionCount[] }) => void;
  typing: (event: { threadId: string; memberId: string }) => void;
  presence: (event: { threadId: string; memberIds: string[] }) => void;
  'notification:new': (notification: NotificationPayload) => void;
}

export interface ReactionCount {
  emoji: string;
  count: number;
}
