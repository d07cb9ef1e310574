// The built processes as an operator runs them: `npm start` (dist/apps/platform), `start:api`.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '#libs/database';
import { baseEnv, buildDist, run, waitFor } from '../support/built-processes.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the processes', () => {
  let dataDir: string;
  let db: TestDatabase;

  beforeAll(async () => {
    await buildDist();
    dataDir = mkdtempSync(join(tmpdir(), 'confer-process-'));
    chmodSync(dataDir, 0o755);
    db = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuse to start on bad settings, naming each bad setting', async () => {
    const api = run(
      'dist/apps/api/src/main.js',
      baseEnv({ NODE_ENV: 'production', API_PORT: 'eighty', DATA_DIR: dataDir }),
    );
    expect(await api.exit).toBe(78);
    expect(api.output()).toContain('API_PORT must be a port number');
    expect(api.output()).toContain('JWT_SECRET is required in production');
  });

  it('`npm run start:worker` runs on its own against a migrated database and stops on SIGTERM', async () => {
    const worker = run(
      'dist/apps/worker/src/main.js',
      baseEnv({ DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: 'info' }),
    );
    await waitFor(worker, 'Running jobs.');
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(worker.output()).toContain('[worker] SIGTERM: shutting down');
  }, 60_000);

  it('`npm start` on DATABASE_URL: migrates, serves both apps, signs in the admin, and stops on SIGTERM', async () => {
    const [apiPort, realtimePort] = [await freePort(), await freePort()];
    const platform = run(
      'dist/apps/platform/src/main.js',
      baseEnv({
        DATABASE_URL: db.url,
        API_PORT: String(apiPort),
        REALTIME_PORT: String(realtimePort),
        DATA_DIR: dataDir,
        ADMIN_EMAIL: 'ops@example.org',
        ADMIN_PASSWORD: 'operations passphrase',
      }),
    );
    await waitFor(platform, 'Confer is ready');
    expect(platform.output()).toContain(`http://localhost:${apiPort}/graphql`);
    expect(platform.output()).toContain('Sign in (in the web app, or the login mutation) as ops@example.org');

    const login = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { email: "ops@example.org", password: "operations passphrase" }) { member { role } } }',
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { member: { role: 'ADMIN' } } } });
    expect((await fetch(`http://127.0.0.1:${realtimePort}/health/live`)).status).toBe(200);

    platform.child.kill('SIGTERM');
    expect(await platform.exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${apiPort}/health/live`)).rejects.toThrow();
  }, 60_000);

  it('`npm start -- --demo` starts with a demo network to browse', async () => {
    const demoDb = await createTestDatabase();
    const [apiPort, realtimePort] = [await freePort(), await freePort()];
    const env = baseEnv({
      DATABASE_URL: demoDb.url,
      API_PORT: String(apiPort),
      REALTIME_PORT: String(realtimePort),
      DATA_DIR: dataDir,
    });
    const platform = run('dist/apps/platform/src/main.js', env, ['--demo']);
    try {
      await waitFor(platform, 'Confer is ready', 60_000);
      expect(platform.output()).toContain('Demo network: 200 members (200 added now)');
      const post = (query: string, token?: string) =>
        fetch(`http://127.0.0.1:${apiPort}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query }),
        }).then((response) => response.json() as Promise<{ data: Record<string, Record<string, unknown>> }>);
      const login = await post(
        'mutation { login(input: { email: "seed1-1@example.org", password: "seeded member password" }) { accessToken } }',
      );
      const token = login.data.login.accessToken as string;
      const directory = await post(
        '{ members(first: 5) { totalCount facets { regions { value } } } }',
        token,
      );
      expect(directory.data.members.totalCount).toBeGreaterThan(150);
      expect((directory.data.members.facets as { regions: unknown[] }).regions.length).toBeGreaterThan(5);
    } finally {
      platform.child.kill('SIGTERM');
      await platform.exit;
      await demoDb.drop();
    }
  }, 90_000);

  it('`npm start` without DATABASE_URL runs the embedded PostgreSQL and stops it on Ctrl-C', async () => {
    const [apiPort, realtimePort] = [await freePort(), await freePort()];
    const env = baseEnv({
      API_PORT: String(apiPort),
      REALTIME_PORT: String(realtimePort),
      DATA_DIR: dataDir,
    });
    const platform = run('dist/apps/platform/src/main.js', env);
    await waitFor(platform, 'Confer is ready', 60_000);
    expect(platform.output()).toContain(`embedded PostgreSQL, data in ${dataDir}/postgres`);
    expect(platform.output()).toMatch(
      /Sign in \(in the web app, or the login mutation\) as admin@confer\.localhost with password \S+/,
    );
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    platform.child.kill('SIGINT');
    expect(await platform.exit).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);

  it('`npm start` stops everything, and says so, when one app dies', async () => {
    const [apiPort, realtimePort] = [await freePort(), await freePort()];
    const platform = run(
      'dist/apps/platform/src/main.js',
      baseEnv({ API_PORT: String(apiPort), REALTIME_PORT: String(realtimePort), DATA_DIR: dataDir }),
    );
    await waitFor(platform, 'Confer is ready', 60_000);
    const health = await fetch(`http://127.0.0.1:${apiPort}/health/live`);
    expect(health.status).toBe(200);
    const apiPid = Number(
      execFileSync('pgrep', ['-P', String(platform.child.pid), '-f', 'apps/api/src/main.js'])
        .toString()
        .trim(),
    );
    process.kill(apiPid, 'SIGKILL');
    expect(await platform.exit).toBe(1);
    expect(platform.output()).toContain('the api process stopped (SIGKILL); stopping everything');
    await expect(fetch(`http://127.0.0.1:${realtimePort}/health/live`)).rejects.toThrow();
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);
});
