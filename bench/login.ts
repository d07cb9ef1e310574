// Login latency through GraphQL over HTTP (argon2id verify + session + tokens), and an authenticated
// `me` (token check against the session). Baseline in the same run: argon2id verify alone, same parameters.
// Run: npm run bench:login
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import { loadConfig } from '#libs/config';
import { migrate, startEmbeddedPostgres } from '#libs/database';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { machine, summarize } from './stats.js';

const ROUNDS = 200;
const CONCURRENCY = 4;
const admin = { email: 'bench@example.org', password: 'benchmarking passphrase' };

const dir = mkdtempSync(join(tmpdir(), 'confer-bench-login-'));
chmodSync(dir, 0o755);
const pg = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(join(dir, 'postgres'));
const databaseUrl = process.env.DATABASE_URL ?? pg!.url;
await migrate(databaseUrl);
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: dir,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
});
const app = await createApiApp(config, databaseUrl);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}/graphql`;

async function graphql(
  query: string,
  token?: string,
): Promise<{ data?: { login?: { accessToken: string } } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: { login?: { accessToken: string } } };
}
const LOGIN = `mutation { login(input: { email: "${admin.email}", password: "${admin.password}" }) { accessToken } }`;

async function measure(
  rounds: number,
  concurrency: number,
  fn: () => Promise<unknown>,
): Promise<{ samples: number[]; perSecond: number }> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < rounds) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
    }),
  );
  return { samples, perSecond: (rounds / (performance.now() - started)) * 1000 };
}

const hash = await argon2.hash(admin.password, {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});
for (let i = 0; i < 10; i++) await graphql(LOGIN); // warm-up
const baseline = await measure(ROUNDS, 1, () => argon2.verify(hash, admin.password));
const sequential = await measure(ROUNDS, 1, () => graphql(LOGIN));
const concurrent = await measure(ROUNDS, CONCURRENCY, () => graphql(LOGIN));
const token = (await graphql(LOGIN)).data!.login!.accessToken;
const me = await measure(ROUNDS * 5, 1, () => graphql('{ me { id handle } }', token));

console.log(
  `Machine: ${machine()}; ${new Date().toISOString()}; database: ${pg ? 'embedded PostgreSQL 18' : 'DATABASE_URL'}`,
);
const line = (name: string, r: { samples: number[]; perSecond: number }) =>
  console.log(`${name.padEnd(40)} ${JSON.stringify(summarize(r.samples))} ${r.perSecond.toFixed(0)}/s`);
line('baseline: argon2id verify alone', baseline);
line('login, 1 client', sequential);
line(`login, ${CONCURRENCY} concurrent clients`, concurrent);
line('me (authenticated), 1 client', me);

await app.close();
await pg?.stop();
rmSync(dir, { recursive: true, force: true });
