import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { CONFIG, type Config } from '#libs/config';
import {
  HistoryService,
  MessageEvents,
  MessageService,
  ReactionService,
  ThreadAccess,
} from '#libs/discussions';
import { DomainError, ErrorCode } from '#libs/errors';
import { encodeCursor } from '#libs/pagination';
import { TokenBuckets, TYPING_LIMIT } from '#libs/rate-limits';
import type { ConferServer, ConferSocket } from './connection.gateway.js';
import { JOIN_BACKLOG_LIMIT, type Ack } from '#libs/realtime-contract';
import { RealtimePublisher, threadRoom } from '#libs/realtime-publisher';
import { SocketInput } from './socket-input.js';
import { ThreadPresence } from './thread-presence.js';

const TYPING_EVERY_MS = 2_000;

/**
 * Live threads: joining with catch-up, sending, editing, deleting, reacting, read markers, typing and presence.
 * Writes (send, edit, delete, react) spend from the member's bucket: REALTIME_SEND_LIMIT a minute, bursts of a
 * third of it (at least 10), in this process; beyond it the ack is RATE_LIMITED with `retryAfter` seconds. Joins
 * and read markers spend from a bucket ten times as large.
 */
@WebSocketGateway()
export class ThreadGateway implements OnGatewayInit<ConferServer>, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly lastTyping = new WeakMap<ConferSocket, Map<string, number>>();
  private readonly writes: TokenBuckets;
  /** Joins and read markers: ten times the write budget (a client opening many threads is fine; a flood is not). */
  private readonly reads: TokenBuckets;
  /** Typing notices per member, whichever socket and thread they come from (TYPING_LIMIT). */
  private readonly typers = new TokenBuckets(TYPING_LIMIT);
  private presence: ThreadPresence | undefined;

  constructor(
    @Inject(CONFIG) config: Config,
    @Inject(MessageService) private readonly messages: MessageService,
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(ReactionService) private readonly reactions: ReactionService,
    @Inject(MessageEvents) private readonly events: MessageEvents,
    @Inject(RealtimePublisher) private readonly publisher: RealtimePublisher,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
  ) {
    const perMinute = config.realtimeSendLimit;
    this.writes = new TokenBuckets({ perMinute, burst: Math.max(10, Math.ceil(perMinute / 3)) });
    this.reads = new TokenBuckets({ perMinute: perMinute * 10, burst: Math.max(100, perMinute * 3) });
  }

  afterInit(server: ConferServer): void {
    this.presence = new ThreadPresence(server);
    this.publisher.deliverThrough(server);
  }

  onModuleDestroy(): void {
    this.presence?.close();
  }

  /** Joins the thread's room and answers what was stored after `afterSeq` (at most 100; `hasMore` says page the rest). */
  @SubscribeMessage('thread:join')
  join(@ConnectedSocket() socket: ConferSocket, @MessageBody() payload: unknown) {
    return this.answer(async () => {
      const viewer = socket.data.viewer;
      this.reads.take(viewer.memberId);
      const input = SocketInput.of(payload);
      const threadId = input.text('threadId');
      const afterSeq = input.seq('afterSeq', true);
      // In the room before reading the backlog: a message stored in between is heard live (and the client drops
      // the copy), never missed. Access first, so that no one hears a thread they may not read.
      // The backlog asks again once in the room: access lost in between (its sockets told to leave before this one
      // was in) takes it out again.
      await this.access.require(viewer, threadId, 'read');
      const room = threadRoom(threadId);
      await socket.join(room);
      const page = await this.history
        .messages(viewer, threadId, {
          first: JOIN_BACKLOG_LIMIT,
          after: afterSeq > 0 ? encodeCursor({ seq: afterSeq }) : null,
        })
        .catch(async (error: unknown) => {
          await socket.leave(room);
          throw error;
        });
      return {
        messages: await this.events.payloads(
          viewer,
          page.items.map((item) => item.node),
        ),
        hasMore: page.hasNextPage,
      };
    });
  }

  @SubscribeMessage('thread:leave')
  leave(@ConnectedSocket() socket: ConferSocket, @MessageBody() payload: unknown) {
    return this.answer(async () => {
      await socket.leave(threadRoom(SocketInput.of(payload).text('threadId')));
      return {};
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown) {
    return this.answer(async () => {
      this.writes.take(socket.data.viewer.memberId);
      const input = SocketInput.of(sent);
      const { payload } = await this.messages.postMessage(socket.data.viewer, {
        threadId: input.text('threadId'),
        body: input.optionalText('body') ?? '',
        parentId: input.optionalText('parentId'),
        clientId: input.optionalText('clientId'),
      });
      // The thread's sockets, this one included, hear it as 'message:new' from the domain, as for GraphQL.
      return { message: payload };
    });
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown) {
    return this.answer(async () => {
      this.writes.take(socket.data.viewer.memberId);
      const input = SocketInput.of(sent);
      const { payload } = await this.messages.editMessage(
        socket.data.viewer,
        input.text('messageId'),
        input.optionalText('body') ?? '',
      );
      return { message: payload };
    });
  }

  @SubscribeMessage('message:delete')
  remove(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown) {
    return this.answer(async () => {
      this.writes.take(socket.data.viewer.memberId);
      const messageId = SocketInput.of(sent).text('messageId');
      const { payload } = await this.messages.deleteMessage(socket.data.viewer, messageId);
      return { message: payload };
    });
  }

  @SubscribeMessage('reaction:toggle')
  react(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown) {
    return this.answer(async () => {
      this.writes.take(socket.data.viewer.memberId);
      const input = SocketInput.of(sent);
      // The thread's sockets hear 'reaction:updated' from the domain.
      const reactions = await this.reactions.toggleReaction(
        socket.data.viewer,
        input.text('messageId'),
        input.text('emoji'),
      );
      return { reactions };
    });
  }

  @SubscribeMessage('thread:read')
  read(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown) {
    return this.answer(async () => {
      this.reads.take(socket.data.viewer.memberId);
      const input = SocketInput.of(sent);
      const seq = await this.messages.markThreadRead(
        socket.data.viewer,
        input.text('threadId'),
        input.seq('seq'),
      );
      return { seq };
    });
  }

  /**
   * Tells the others in the thread (not the sender), at most once every 2 s per thread and socket, and within the
   * member's typing budget over all their sockets (TYPING_LIMIT). No acknowledgement.
   */
  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: ConferSocket, @MessageBody() sent: unknown): void {
    const threadId = (sent as { threadId?: unknown } | null)?.threadId;
    if (typeof threadId !== 'string') return; // no acknowledgement to answer with: ignored
    const room = threadRoom(threadId);
    if (!socket.rooms.has(room)) return;
    const times = this.lastTyping.get(socket) ?? new Map<string, number>();
    this.lastTyping.set(socket, times);
    const now = Date.now();
    if (now - (times.get(room) ?? 0) < TYPING_EVERY_MS) return;
    try {
      this.typers.take(socket.data.viewer.memberId);
    } catch {
      return; // over the member's typing budget: dropped, as there is no acknowledgement to refuse with
    }
    times.set(room, now);
    socket.to(room).emit('typing', { threadId, memberId: socket.data.viewer.memberId });
  }

  private async answer<T extends object>(work: () => Promise<T>): Promise<Ack<T>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      if (error instanceof DomainError)
        return { ok: false, error: { ...error.details, code: error.code, message: error.message } };
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return {
        ok: false,
        error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side.' },
      };
    }
  }
}
