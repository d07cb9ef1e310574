import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import type { Observable } from 'rxjs';
import { Adapter } from 'socket.io-adapter';
import { createClient } from 'redis';
import type { SocketServerLimits } from './socket-server-options.js';
import { ATTACHMENTS_TABLE, fanOutKey, type FanOutSettings } from '#libs/realtime-publisher';

/** Redis connection trouble is logged; the client reconnects by itself. */
const redisLogger = new Logger('Redis');

type IoServer = { adapter(factory: unknown): unknown };
type AdapterFactory = ReturnType<typeof createPostgresAdapter>;
type Broadcast = Adapter['broadcast'];
type WithPeers = { nodesMap?: Map<string, number>; broadcast: Broadcast };
type BindArgs = Parameters<IoAdapter['bindMessageHandlers']>;
type Reply = { event?: string; data?: unknown } | null | undefined;

/** Socket-level failures of a handler (its own errors are answered by the gateway's filter). */
const handlerLogger = new Logger('SocketHandlers');

/**
 * The PostgreSQL adapter publishes every broadcast (a NOTIFY) and waits for it before its own sockets hear it,
 * even when no other replica is there to listen. It knows its peers from their heartbeats (`nodesMap`, kept by
 * socket.io-adapter's ClusterAdapterWithHeartbeat); while it has none, deliver locally only. A replica that
 * starts announces itself before it accepts sockets, so it misses nothing. The two-replica test proves both paths.
 */
function aloneStaysLocal(factory: AdapterFactory): AdapterFactory {
  // socket.io calls the factory with `new`: a function, not an arrow.
  return function (nsp: Parameters<AdapterFactory>[0]) {
    const created = factory(nsp);
    const adapter = created as unknown as WithPeers;
    const publishAndDeliver = adapter.broadcast.bind(created);
    adapter.broadcast = (packet, opts) =>
      adapter.nodesMap?.size === 0
        ? Adapter.prototype.broadcast.call(created, packet, opts)
        : publishAndDeliver(packet, opts);
    return created;
  } as AdapterFactory;
}

/**
 * The PostgreSQL adapter (0.5) takes one client from the pool for its LISTEN and, when that connection ends, takes
 * another. It listens for no 'error' on it, so a database restart ("terminating connection due to administrator
 * command") was an unhandled 'error' that ended the process; and it never gives the ended client back, so each
 * restart would keep one of the pool's slots for good. Here the client it takes is given back, as broken, when its
 * connection fails or ends (the pool then forgets it); the adapter, hearing 'end', listens again on a new one.
 * test/platform/fault-database-restart.e2e-spec.ts restarts PostgreSQL under traffic.
 */
function listenerSafePool(pool: pg.Pool): pg.Pool {
  const connect = async (): Promise<pg.PoolClient> => {
    const client = await pool.connect();
    const release = client.release.bind(client);
    let released = false;
    client.release = (error?: Error | boolean) => {
      if (released) return;
      released = true;
      release(error);
    };
    client.on('error', (error: Error) => client.release(error));
    client.on('end', () => client.release(true));
    return client;
  };
  // Everything else (query) is the pool's own, run on the pool itself.
  return new Proxy(pool, {
    get: (target, property) => {
      if (property === 'connect') return connect;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * socket.io over Nest with one of socket.io's official cluster adapters: PostgreSQL by default, Redis when
 * `REDIS_URL` is set. A broadcast from any replica, or from the API's emitter, reaches every replica's sockets.
 * `serverOptions` (limits, origin check) apply to every gateway's server.
 */
export class FanOutIoAdapter extends IoAdapter {
  private adapterFactory: AdapterFactory | undefined;
  private readonly closers: Array<() => Promise<unknown>> = [];

  constructor(
    app: INestApplicationContext,
    private readonly settings: FanOutSettings,
    private readonly serverOptions: SocketServerLimits = {},
  ) {
    super(app);
  }

  /** Opens the adapter's connections; call before the app listens. */
  async connect(): Promise<void> {
    if (this.settings.redisUrl) {
      const publishing = createClient({ url: this.settings.redisUrl });
      const subscribing = publishing.duplicate();
      for (const client of [publishing, subscribing])
        client.on('error', (error: Error) => redisLogger.warn(`Redis: ${error.message}`));
      await Promise.all([publishing.connect(), subscribing.connect()]);
      // close(), not destroy(): commands under way finish instead of failing unhandled as the process stops.
      this.closers.push(() => Promise.all([publishing.close(), subscribing.close()]));
      this.adapterFactory = createRedisAdapter(publishing, subscribing, {
        key: fanOutKey(this.settings.databaseUrl),
      }) as unknown as AdapterFactory;
      return;
    }
    const pool = new pg.Pool({ connectionString: this.settings.databaseUrl, max: 4 });
    pool.on('error', () => undefined);
    this.closers.push(() => pool.end());
    this.adapterFactory = aloneStaysLocal(
      createPostgresAdapter(listenerSafePool(pool), {
        tableName: ATTACHMENTS_TABLE,
        errorHandler: () => undefined,
      }),
    );
  }

  override createIOServer(
    port: number,
    options?: Parameters<IoAdapter['createIOServer']>[1],
  ): ReturnType<IoAdapter['createIOServer']> {
    if (!this.adapterFactory) throw new Error('FanOutIoAdapter.connect() must run before the server starts.');
    const server: ReturnType<IoAdapter['createIOServer']> = super.createIOServer(port, {
      ...options!,
      ...this.serverOptions,
    });
    (server as IoServer).adapter(this.adapterFactory);
    return server;
  }

  /**
   * One plain listener per socket and event, instead of Nest's default of an RxJS pipeline per socket and event
   * (fromEvent, mergeMap, takeUntil a shared disconnect stream): the same calls and answers, but an idle socket
   * costs about as much memory as on a bare socket.io server (docs/PERFORMANCE.md, idle capacity: 4 times bare
   * before, about 1.1 times after). Each message runs the handler, then sends its answer as an `{event, data}`
   * emit or through the acknowledgement, unless the handler answers by itself.
   */
  override bindMessageHandlers(socket: BindArgs[0], handlers: BindArgs[1], transform: BindArgs[2]): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(String(message), (...args: unknown[]) => {
        const payload = this.mapPayload(args.length > 1 ? args : args[0]);
        const data: unknown = payload.data;
        const ack = payload.ack;
        let replies: Observable<Reply>;
        try {
          replies = transform(callback(data, ack)) as Observable<Reply>;
        } catch (error) {
          handlerLogger.error(error);
          return;
        }
        replies.subscribe({
          next: (reply) => {
            if (reply === null || reply === undefined) return;
            if (reply.event) socket.emit(reply.event, reply.data);
            else if (!isAckHandledManually && typeof ack === 'function') (ack as (r: unknown) => void)(reply);
          },
          error: (error: unknown) => handlerLogger.error(error),
        });
      });
    }
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    await Promise.all(this.closers.splice(0).map((close) => close()));
  }
}
