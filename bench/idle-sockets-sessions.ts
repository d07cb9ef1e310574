// A helper process of bench/idle-sockets.ts: signs in the seeded members without a password each (no argon2), as the
// tests do, by opening a session for each through the identity SessionService (a session row, a refresh token and an
// access token, exactly what a login ends with), and makes a public group whose threads the sockets join.
// Forked with DATABASE_URL, JWT_SECRET, IDLE_SEED (whose seeded members), IDLE_THREADS (how many threads); answers
// { tokens, threadIds } over IPC, tokens in the seeded members' order (seed<S>-1, seed<S>-2, ...).
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig, type Config } from '#libs/config';
import { ThreadService } from '#libs/discussions';
import { GroupService } from '#libs/groups';
import { AuthenticationService, SessionService } from '#libs/identity';
import { coreModules } from '#libs/platform';

/** Sessions opened at once (the pool holds 20 connections). */
const IN_FLIGHT = 16;

export interface IdleSessions {
  tokens: string[];
  threadIds: string[];
}

@Module({})
class SessionsModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    // The realtime process's modules: no job workers, no HTTP.
    return { module: SessionsModule, imports: coreModules('realtime', config, databaseUrl) };
  }
}

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const databaseUrl = config.databaseUrl!;
const seed = Number(process.env.IDLE_SEED);
const threads = Number(process.env.IDLE_THREADS);

const app = await NestFactory.createApplicationContext(SessionsModule.forRoot(config, databaseUrl), {
  logger: ['error', 'warn'],
});
await app.init();
const dataSource = app.get(DataSource);
const sessions = app.get(SessionService);

// Seeded members are seed<S>-<n>@example.org: in n order, as the seeder numbers them.
const members = await dataSource.query<Array<{ id: string }>>(
  `SELECT id FROM members WHERE email LIKE $1
    ORDER BY (substring(email from '-([0-9]+)@'))::int`,
  [`seed${seed}-%@example.org`],
);
const tokens = new Array<string>(members.length);
let next = 0;
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < members.length) {
      const n = next++;
      tokens[n] = (await sessions.openSession(dataSource.manager, members[n].id)).accessToken;
    }
  }),
);

// A public group: any member may read (and so join on the socket) its threads without being a member of it.
const owner = await app.get(AuthenticationService).authenticate(tokens[0]);
const group = await app.get(GroupService).createGroup(owner, { name: `Idle sockets bench ${Date.now()}` });
const threadService = app.get(ThreadService);
const threadIds: string[] = [];
for (let i = 1; i <= threads; i++) {
  const thread = await threadService.createThread(owner, {
    groupId: group.id,
    title: `Idle thread ${i}`,
    body: 'Start',
  });
  threadIds.push(thread.id);
}

const answer: IdleSessions = { tokens, threadIds };
await new Promise<void>((resolve, reject) =>
  process.send!(answer, (error: Error | null) => (error ? reject(error) : resolve())),
);
await app.close();
process.exit(0);
