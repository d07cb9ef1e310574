// The typed client's options, errors and events.
import type { AckError, MessagePayload, NotificationPayload, ReactionCount } from '#libs/realtime-contract';

export interface ConferClientOptions {
  /**
   * The realtime service, e.g. http://localhost:3001; or several replicas of it, connected to first to the first:
   * after a failed connection attempt, the next attempt goes to the next one (a replica that died is left for another).
   */
  url: string | string[];
  /** The access token, or a function giving a fresh one (asked again at each reconnect). */
  token: string | (() => string | Promise<string>);
  /** How long to wait for one acknowledgement before trying again (default 5 s). */
  ackTimeoutMs?: number;
  /** How many times a send is tried before it fails (default 5). */
  attempts?: number;
  /**
   * How long a gap in what a thread told live may stay open before the client asks the server for it (default 2 s).
   * Messages from different replicas can arrive out of order; a gap still open after this was lost on the way.
   */
  gapWaitMs?: number;
  /** Reconnect after a dropped connection (default true). */
  reconnect?: boolean;
  /** Extra headers for the handshake (Node only), e.g. an Origin. */
  extraHeaders?: Record<string, string>;
}

/** An acknowledgement that said no: the contract's error code and a message to show. */
export class ConferError extends Error {
  readonly code: AckError['code'] | 'TIMEOUT';
  readonly retryAfter?: number;
  readonly fields?: Record<string, string>;

  constructor(error: AckError | { code: 'TIMEOUT'; message: string }) {
    super(error.message);
    this.name = 'ConferError';
    this.code = error.code;
    if ('retryAfter' in error) this.retryAfter = error.retryAfter;
    if ('fields' in error) this.fields = error.fields;
  }
}

/** What a client hears; `message` is each new message of a joined thread once (the client's own too), live or caught up after a reconnect. */
export interface ClientEvents {
  message: (message: MessagePayload) => void;
  messageUpdated: (message: MessagePayload) => void;
  messageDeleted: (message: MessagePayload) => void;
  reactions: (update: { messageId: string; threadId: string; reactions: ReactionCount[] }) => void;
  typing: (event: { threadId: string; memberId: string }) => void;
  presence: (event: { threadId: string; memberIds: string[] }) => void;
  /** A notification for the signed-in member (`notification:new`), from whichever replica it was raised on. */
  notification: (notification: NotificationPayload) => void;
  /** The connection came back and every joined thread was caught up. */
  caughtUp: () => void;
}
