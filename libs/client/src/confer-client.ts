import { io, type Socket } from 'socket.io-client';
import type { Ack, AckError, ClientToServer, MessagePayload, ServerToClient } from '#libs/realtime-contract';
import { ConferError, type ClientEvents, type ConferClientOptions } from './client-types.js';
import { SeenMessages } from './seen-messages.js';

type Listeners = { [K in keyof ClientEvents]: Set<ClientEvents[K]> };
/** The client events that take an acknowledgement (all but `typing`). */
type Acked = Exclude<keyof ClientToServer, 'typing'>;
type Payload<E extends Acked> = Parameters<ClientToServer[E]>[0];
type Result<E extends Acked> = Parameters<Parameters<ClientToServer[E]>[1]>[0];
type Success<E extends Acked> = Extract<Result<E>, { ok: true }>;

const RETRYABLE = new Set<ConferError['code']>(['TIMEOUT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/**
 * The typed client of Confer's socket contract (schema/realtime.asyncapi.yaml). Sends are at least once: a send
 * that is not acknowledged is tried again with the same `clientId`, which the server turns into the first message.
 * After a dropped connection it reconnects, joins its threads again and asks for what it missed; each message
 * reaches `on('message')` once, whatever the server sent twice.
 */
export class ConferClient {
  readonly socket: Socket<ServerToClient, ClientToServer>;
  private readonly threads = new Map<string, SeenMessages>();
  private readonly listeners: Listeners = {
    message: new Set(),
    messageUpdated: new Set(),
    messageDeleted: new Set(),
    reactions: new Set(),
    typing: new Set(),
    presence: new Set(),
    notification: new Set(),
    caughtUp: new Set(),
  };
  private closed = false;
  private readonly ackTimeoutMs: number;
  private readonly attempts: number;
  private readonly gapWaitMs: number;
  private readonly gapChecks = new Map<string, ReturnType<typeof setTimeout>>();
  /** Live messages of threads being caught up, held to be told after what the catch-up finds (in seq order). */
  private readonly heldWhileCatchingUp = new Map<string, MessagePayload[]>();

  private constructor(options: ConferClientOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
    this.attempts = options.attempts ?? 5;
    this.gapWaitMs = options.gapWaitMs ?? 2_000;
    const token = options.token;
    const urls = typeof options.url === 'string' ? [options.url] : options.url;
    if (urls.length === 0) throw new Error('ConferClient needs the url of the realtime service.');
    this.socket = io(urls[0], {
      // A token function that fails gives no token: the server answers UNAUTHENTICATED instead of a hang.
      auth: (give) => {
        Promise.resolve()
          .then(() => (typeof token === 'function' ? token() : token))
          .then(
            (value) => give({ token: value }),
            () => give({}),
          );
      },
      transports: ['websocket'],
      reconnection: options.reconnect ?? true,
      reconnectionDelay: 250,
      reconnectionDelayMax: 5_000,
      extraHeaders: options.extraHeaders,
      // A connection of its own: the manager's address changes below, so it must not be shared with other clients.
      forceNew: urls.length > 1 || undefined,
    });
    if (urls.length > 1) {
      // socket.io tries again at the manager's address (its private `uri`, read at each attempt): point it at the
      // next replica whenever an attempt fails.
      const manager = this.socket.io as unknown as { uri: string };
      let current = 0;
      this.socket.io.on('error', () => {
        current = (current + 1) % urls.length;
        manager.uri = urls[current];
      });
    }
    this.socket.on('message:new', (message) => this.deliver(message));
    this.socket.on('message:updated', (message) => this.tell('messageUpdated', message));
    this.socket.on('message:deleted', (message) => this.tell('messageDeleted', message));
    this.socket.on('reaction:updated', (update) => this.tell('reactions', update));
    this.socket.on('typing', (event) => this.tell('typing', event));
    this.socket.on('presence', (event) => this.tell('presence', event));
    this.socket.on('notification:new', (notification) => this.tell('notification', notification));
    let connectedBefore = false;
    // socket.io gives up when the server refuses a reconnect (an expired token, say): ask for a token again soon.
    this.socket.on('connect_error', () => {
      if (connectedBefore && !this.closed && !this.socket.active) {
        setTimeout(() => {
          if (!this.closed && !this.socket.connected) this.socket.connect();
        }, 1_000);
      }
    });
    // The server closes a socket when its access token expires (and when its session ends). With a token function,
    // connect again, which asks for a fresh token; an ended session is refused, and asked again as above.
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect' && typeof token === 'function' && (options.reconnect ?? true)) {
        setTimeout(() => {
          if (!this.closed && !this.socket.connected) this.socket.connect();
        }, 250);
      }
    });
    this.socket.on('connect', () => {
      if (connectedBefore) {
        this.catchUp().then(
          () => this.tell('caughtUp'),
          () => undefined, // the next reconnect tries again
        );
      }
      connectedBefore = true;
    });
  }

  /** Connects; rejects with the server's reason (`UNAUTHENTICATED`) when the connection is refused. */
  static connect(options: ConferClientOptions): Promise<ConferClient> {
    const client = new ConferClient(options);
    return new Promise((resolve, reject) => {
      // Only the first outcome counts: later failed reconnects must not close a client that once connected.
      const connected = () => {
        client.socket.off('connect_error', refused);
        resolve(client);
      };
      // A refusal with the contract's Error as its data (RATE_LIMITED: too many sockets) is told as it is.
      const refused = (error: Error & { data?: AckError }) => {
        client.socket.off('connect', connected);
        client.socket.disconnect();
        reject(
          new ConferError(
            error.data?.code ? error.data : { code: 'UNAUTHENTICATED', message: error.message },
          ),
        );
      };
      client.socket.once('connect', connected);
      client.socket.once('connect_error', refused);
    });
  }

  on<K extends keyof ClientEvents>(event: K, listener: ClientEvents[K]): () => void {
    (this.listeners[event] as Set<ClientEvents[K]>).add(listener);
    return () => (this.listeners[event] as Set<ClientEvents[K]>).delete(listener);
  }

  /**
   * Joins a thread and returns every message after `afterSeq` (0: the whole thread), paging through the
   * server's bounded answers. Messages returned here are not told again to `on('message')` (one that arrived
   * live while the join was under way may be in both). A refused join (NOT_FOUND) throws and is not kept.
   */
  async join(threadId: string, afterSeq = 0): Promise<MessagePayload[]> {
    const known = this.threads.get(threadId);
    const seen = known ?? new SeenMessages(afterSeq);
    this.threads.set(threadId, seen);
    try {
      return await this.fetchAfter(threadId, seen, afterSeq, false);
    } catch (error) {
      if (!known) this.threads.delete(threadId);
      throw error;
    }
  }

  async leave(threadId: string): Promise<void> {
    this.threads.delete(threadId);
    await this.call('thread:leave', { threadId });
  }

  /** Sends at least once: tried again with the same clientId until acknowledged, so never stored twice. */
  async send(
    threadId: string,
    body: string,
    options: { parentId?: string | null; clientId?: string } = {},
  ): Promise<MessagePayload> {
    const clientId = options.clientId ?? newClientId();
    const { message } = await this.call('message:send', {
      threadId,
      body,
      parentId: options.parentId ?? null,
      clientId,
    });
    return message; // and, like everyone's, told once to on('message')
  }

  async edit(messageId: string, body: string): Promise<MessagePayload> {
    return (await this.call('message:edit', { messageId, body })).message;
  }

  async delete(messageId: string): Promise<MessagePayload> {
    return (await this.call('message:delete', { messageId })).message;
  }

  async react(messageId: string, emoji: string) {
    return (await this.call('reaction:toggle', { messageId, emoji }, 1)).reactions;
  }

  async markRead(threadId: string, seq: number): Promise<number> {
    return (await this.call('thread:read', { threadId, seq })).seq;
  }

  typing(threadId: string): void {
    this.socket.emit('typing', { threadId });
  }

  /** The highest seq up to which this client has every message of the thread. */
  lastSeq(threadId: string): number {
    return this.threads.get(threadId)?.contiguous ?? 0;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.gapChecks.values()) clearTimeout(timer);
    this.gapChecks.clear();
    this.socket.disconnect();
  }

  /**
   * Emits with an acknowledgement; tries again (same payload) on a timeout, RATE_LIMITED (after `retryAfter`)
   * or a server fault, up to `attempts` times. Other refusals throw at once.
   */
  private async call<E extends Acked>(
    event: E,
    payload: Payload<E>,
    attempts = this.attempts,
  ): Promise<Success<E>> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.emitOnce(event, payload);
      if (result.ok) return result as Success<E>;
      const failure = new ConferError(result.error);
      if (!RETRYABLE.has(failure.code) || attempt >= attempts) throw failure;
      await delay(failure.retryAfter ? failure.retryAfter * 1_000 : Math.min(250 * 2 ** attempt, 4_000));
    }
  }

  private async emitOnce<E extends Acked>(
    event: E,
    payload: Payload<E>,
  ): Promise<Ack | { ok: false; error: { code: 'TIMEOUT'; message: string } }> {
    if (!this.socket.connected && !(await this.reconnected())) {
      return { ok: false, error: { code: 'TIMEOUT', message: 'Not connected.' } };
    }
    try {
      const timed = this.socket.timeout(this.ackTimeoutMs) as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<Ack>;
      };
      return await timed.emitWithAck(event, payload);
    } catch {
      return { ok: false, error: { code: 'TIMEOUT', message: 'No answer from the server.' } };
    }
  }

  private reconnected(): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.socket.off('connect', onConnect);
        resolve(ok);
      };
      const onConnect = () => done(true);
      const timer = setTimeout(() => done(false), this.ackTimeoutMs);
      this.socket.once('connect', onConnect);
    });
  }

  /** After a reconnect: each joined thread from its last seq without a gap. A thread no longer readable is dropped. */
  private async catchUp(): Promise<void> {
    let failed: Error | undefined;
    const threads = [...this.threads];
    // Every thread holds its live messages from now until its own catch-up is told.
    const holding = threads.filter(([threadId]) => !this.heldWhileCatchingUp.has(threadId));
    holding.forEach(([threadId]) => this.heldWhileCatchingUp.set(threadId, []));
    for (const [threadId, seen] of threads) {
      try {
        await this.fetchAfter(threadId, seen, seen.contiguous, true);
      } catch (error) {
        if (error instanceof ConferError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN'))
          this.threads.delete(threadId);
        else failed ??= error instanceof Error ? error : new Error(String(error));
      } finally {
        if (holding.some(([held]) => held === threadId)) this.tellHeld(threadId);
      }
    }
    if (failed) throw failed;
  }

  /**
   * Joins and pages through `thread:join` until the server has no more. Catching up (`tell`), only messages not
   * seen yet are returned and told to `on('message')`.
   */
  private async fetchAfter(
    threadId: string,
    seen: SeenMessages,
    afterSeq: number,
    tell: boolean,
  ): Promise<MessagePayload[]> {
    const found: MessagePayload[] = [];
    let after = afterSeq;
    const holding = tell && !this.heldWhileCatchingUp.has(threadId);
    if (holding) this.heldWhileCatchingUp.set(threadId, []);
    try {
      for (;;) {
        const page = await this.call('thread:join', { threadId, afterSeq: after });
        for (const message of page.messages) {
          const fresh = seen.add(message.seq);
          if (tell && !fresh) continue;
          found.push(message);
          if (tell) this.tell('message', message);
        }
        if (!page.hasMore || page.messages.length === 0) return found;
        after = page.messages[page.messages.length - 1].seq;
      }
    } finally {
      if (holding) this.tellHeld(threadId);
    }
  }

  /** What arrived live while a thread was caught up, after what the catch-up told: in seq order, each once. */
  private tellHeld(threadId: string): void {
    const held = this.heldWhileCatchingUp.get(threadId) ?? [];
    this.heldWhileCatchingUp.delete(threadId);
    held.sort((a, b) => a.seq - b.seq).forEach((message) => this.deliver(message));
  }

  private deliver(message: MessagePayload): void {
    const held = this.heldWhileCatchingUp.get(message.threadId);
    if (held) {
      held.push(message);
      return;
    }
    const seen = this.threads.get(message.threadId);
    if (seen && !seen.add(message.seq)) return;
    this.tell('message', message);
    if (seen?.gapped) this.checkGapLater(message.threadId);
  }

  /**
   * A message can be stored and never told live: its replica died between storing and telling, the database went
   * away in between, or a retried send was answered with the first message (told to no one again). A gap that
   * stays open for `gapWaitMs` is asked for, as after a reconnect (which catches up anyway when disconnected).
   */
  private checkGapLater(threadId: string): void {
    if (this.gapChecks.has(threadId)) return;
    const timer = setTimeout(() => {
      this.gapChecks.delete(threadId);
      const seen = this.threads.get(threadId);
      if (this.closed || !this.socket.connected || !seen?.gapped) return;
      this.fetchAfter(threadId, seen, seen.contiguous, true).catch(() => undefined); // the next message asks again
    }, this.gapWaitMs);
    this.gapChecks.set(threadId, timer);
  }

  private tell<K extends keyof ClientEvents>(event: K, ...args: Parameters<ClientEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: unknown[]) => void)(...args);
  }
}

/**
 * A random id for a send. crypto.randomUUID exists only on https pages (and localhost) in browsers; getRandomValues
 * exists everywhere, so a page served over plain http on a local network can send too.
 */
export function newClientId(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
