// What the benchmarks' helper processes (bench/idle-sockets-sessions.ts, bench/load-fixtures.ts) share: Confer's
// services in the process (the realtime process's modules: no job workers, no HTTP) on DATABASE_URL, the seeded
// members signed in without a password each (no argon2), as the tests do, by opening a session for each through the
// identity SessionService (a session row, a refresh token and an access token, exactly what a login ends with), and
// the answer sent back over IPC.
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig, type Config } from '#libs/config';
import { SessionService } from '#libs/identity';
import { coreModules } from '#libs/platform';

/** Sessions (and other writes) made at once (the pool holds 20 connections). */
const IN_FLIGHT = 16;

@Module({})
class HelperModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return { module: HelperModule, imports: coreModules('realtime', config, databaseUrl) };
  }
}

/** Confer's services on DATABASE_URL (and the rest of the environment's settings), in production mode. */
export async function startHelperContext(): Promise<INestApplicationContext> {
  // Fixtures are built by a few owners at once (many groups, threads, events): not what the write limits are for.
  const config = loadConfig({
    MAIL_OUTBOX_ONLY: process.env.SMTP_URL ? undefined : 'true',
    WRITE_LIMIT_SCALE: '1000',
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  });
  const app = await NestFactory.createApplicationContext(HelperModule.forRoot(config, config.databaseUrl!), {
    logger: ['error', 'warn'],
  });
  await app.init();
  return app;
}

/** Runs `work` on every item, IN_FLIGHT at a time. */
export async function inParallel<T>(
  items: T[],
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

/**
 * The seeded members of `seed` (seed<S>-<n>@example.org), in n order as the seeder numbers them, each with a session
 * just opened: their ids, and access tokens in the same order.
 */
export async function seededSessions(
  app: INestApplicationContext,
  seed: number,
): Promise<{ memberIds: string[]; tokens: string[] }> {
  const dataSource = app.get(DataSource);
  const sessions = app.get(SessionService);
  const members = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM members WHERE email LIKE $1
      ORDER BY (substring(email from '-([0-9]+)@'))::int`,
    [`seed${seed}-%@example.org`],
  );
  const tokens = new Array<string>(members.length);
  await inParallel(members, async (member, n) => {
    tokens[n] = (await sessions.openSession(dataSource.manager, member.id)).accessToken;
  });
  return { memberIds: members.map((member) => member.id), tokens };
}

/** Sends `answer` to the process that forked this one, closes `app` and exits. */
export async function answerAndExit(app: INestApplicationContext, answer: object): Promise<never> {
  await new Promise<void>((resolve, reject) =>
    process.send!(answer, (error: Error | null) => (error ? reject(error) : resolve())),
  );
  await app.close();
  process.exit(0);
}
