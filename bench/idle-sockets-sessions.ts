// A helper process of bench/idle-sockets.ts: signs in the seeded members without a password each (no argon2), as the
// tests do (bench/helper-process.ts), and makes a public group whose threads the sockets join.
// Forked with DATABASE_URL, JWT_SECRET, IDLE_SEED (whose seeded members), IDLE_THREADS (how many threads); answers
// { tokens, threadIds } over IPC, tokens in the seeded members' order (seed<S>-1, seed<S>-2, ...).
import { ThreadService } from '#libs/discussions';
import { GroupService } from '#libs/groups';
import { AuthenticationService } from '#libs/identity';
import { answerAndExit, seededSessions, startHelperContext } from './helper-process.js';

export interface IdleSessions {
  tokens: string[];
  threadIds: string[];
}

const seed = Number(process.env.IDLE_SEED);
const threads = Number(process.env.IDLE_THREADS);

const app = await startHelperContext();
const { tokens } = await seededSessions(app, seed);

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

await answerAndExit(app, { tokens, threadIds } satisfies IdleSessions);
