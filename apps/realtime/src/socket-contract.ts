import type { MessagePayload } from '#libs/discussions';
import type { ErrorCode } from '#libs/errors';

// The typed face of schema/realtime.asyncapi.yaml (the contract; test/socket-contract.e2e-spec.ts checks the
// running service against it).

/** Every acknowledgement: `{ ok: true, ... }` or `{ ok: false, error: { code, message } }`. */
export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: { code: ErrorCode; message: string } };

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
  'reaction:updated': (update: {
    messageId: string;
    threadId: string;
    reactions: Array<{ emoji: string; count: number }>;
  }) => void;
  typing: (event: { threadId: string; memberId: string }) => void;
  presence: (event: { threadId: string; memberIds: string[] }) => void;
  'notification:new': (notification: unknown) => void;
}

export { threadRoom } from '#libs/realtime-publisher';
