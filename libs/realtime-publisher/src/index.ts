import { Inject, Injectable, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { BroadcastOperator, Emitter } from '@socket.io/postgres-emitter';
import pg from 'pg';

/** The room of every socket of one member, on whichever replica it is connected. */
export const memberRoom = (memberId: string): string => `member:${memberId}`;
/** The room of the sockets opened with one session (one signed-in device). */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
/** The room of the sockets that joined a thread. */
export const threadRoom = (threadId: string): string => `thread:${threadId}`;

/** The table the PostgreSQL adapter keeps payloads in that are too large for NOTIFY (created by a migration). */
export const ATTACHMENTS_TABLE = 'socket_io_attachments';

const PUBLISHER_POOL = Symbol('PUBLISHER_POOL');

// Compatibility: @socket.io/postgres-emitter 0.1.1 (the latest published) leaves `nsp` out of its messages, and
// the cluster adapter of socket.io-adapter 2.5 (under @socket.io/postgres-adapter 0.5) ignores a message whose
// `nsp` is not its namespace. Add it, once, before every publish. The realtime tests prove the path end to end.
type Publishing = {
  emitter: { nsp: string };
  publish: (this: Publishing, document: { nsp?: string }) => Promise<void>;
};
const operator = BroadcastOperator.prototype as unknown as Publishing;
const publish = operator.publish;
operator.publish = function (this: Publishing, document: { nsp?: string }) {
  document.nsp ??= this.emitter.nsp;
  return publish.call(this, document);
};

/**
 * How domains reach sockets: events go to rooms on every realtime replica through socket.io's PostgreSQL
 * emitter (NOTIFY on its own connection, never inside a write transaction). Call it after commit.
 */
@Injectable()
export class RealtimePublisher {
  private readonly emitter: Emitter;

  constructor(@Inject(PUBLISHER_POOL) pool: pg.Pool) {
    this.emitter = new Emitter(pool, '/', { tableName: ATTACHMENTS_TABLE });
  }

  emit(room: string, event: string, payload: unknown): void {
    this.emitter.to(room).emit(event, payload);
  }

  /** Makes the sockets in `room` leave `rooms` (access to them ended). */
  leave(room: string, rooms: string[]): void {
    if (rooms.length) void this.emitter.in(room).socketsLeave(rooms);
  }

  /** Closes the sockets in `room` (access ended), except those in `except`. */
  disconnect(room: string, except?: string): void {
    const sockets = this.emitter.in(room);
    void (except ? sockets.except(except) : sockets).disconnectSockets(true);
  }
}

class PoolCloser implements OnModuleDestroy {
  constructor(@Inject(PUBLISHER_POOL) private readonly pool: pg.Pool) {}

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

@Module({})
export class RealtimePublisherModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: RealtimePublisherModule,
      global: true,
      providers: [
        {
          provide: PUBLISHER_POOL,
          useFactory: () => {
            const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
            pool.on('error', () => undefined);
            return pool;
          },
        },
        RealtimePublisher,
        PoolCloser,
      ],
      exports: [RealtimePublisher],
    };
  }
}
