import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { ATTACHMENTS_TABLE } from '#libs/realtime-publisher';

type IoServer = { adapter(factory: unknown): unknown };

/**
 * socket.io over Nest with the official PostgreSQL adapter: a broadcast from any replica, or from the API's
 * emitter, reaches the sockets of every replica.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: pg.Pool;

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    this.pool.on('error', () => undefined);
  }

  override createIOServer(
    port: number,
    options?: Parameters<IoAdapter['createIOServer']>[1],
  ): ReturnType<IoAdapter['createIOServer']> {
    const server: ReturnType<IoAdapter['createIOServer']> = super.createIOServer(port, options);
    (server as IoServer).adapter(
      createAdapter(this.pool, { tableName: ATTACHMENTS_TABLE, errorHandler: () => undefined }),
    );
    return server;
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    await this.pool.end();
  }
}
