// RSVP storm: 1,000 members each send `rsvp(eventId, GOING)` at once to an event with 100 places, through GraphQL
// over HTTP to the API in its own process. Checks the outcome (exactly 100 going, 900 waiting at positions 1..900,
// counters equal to the rows, each answer equal to the stored row) and prints throughput and latency. Baseline in the
// same run: as many concurrent authenticated `{ me { id } }` from the same members.
// Run: npm run bench:rsvp   (MEMBERS, PLACES, ROUNDS to change the sizes; DATABASE_URL to use a server of your own)
import { fork, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort, migrate, startEmbeddedPostgres } from '#libs/database';
import { SEEDED_MEMBER_PASSWORD, seedMembers } from '#libs/platform';
import { graphqlAt } from './graphql-client.js';
import { machine, summarize } from './stats.js';

const MEMBERS = Number(process.env.MEMBERS ?? 1_000);
const PLACES = Number(process.env.PLACES ?? 100);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SEED = 13;
const LOGINS_IN_FLIGHT = 8;
const ADMIN = { email: 'rsvp-bench@example.org', password: 'rsvp bench admin passphrase' };

const RSVP = 'mutation($e: ID!) { rsvp(eventId: $e, status: GOING) { status waitlistPosition } }';
const ME = '{ me { id } }';

interface Answer {
  status: string;
  waitlistPosition: number | null;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds used so far by every PostgreSQL process on the machine (each connection is its own process). */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/stat`, 'utf8').includes('(postgres)'))
        total += cpuSeconds(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

function startApi(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = fork('dist/apps/api/src/main.js', [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
}

/** Sends every request at once; answers each response (in order) with its latency, and the wall time. */
async function storm<T>(
  send: (i: number) => Promise<T>,
  count: number,
  pids: Record<string, number>,
): Promise<{ results: T[]; latencies: number[]; seconds: number; cpu: Record<string, number> }> {
  const cpuNow = (): Record<string, number> => ({
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)])),
    postgres: postgresCpuSeconds(),
  });
  const before = cpuNow();
  const latencies = new Array<number>(count);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t = performance.now();
      const result = await send(i);
      latencies[i] = performance.now() - t;
      return result;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = cpuNow();
  const cpu = Object.fromEntries(
    Object.keys(after).map((name) => [name, Math.round((after[name] - before[name]) * 100) / 100]),
  );
  return { results, latencies, seconds, cpu };
}

const dir = mkdtempSync(join(tmpdir(), 'confer-bench-rsvp-'));
chmodSync(dir, 0o755);
const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(join(dir, 'postgres'));
const databaseUrl = process.env.DATABASE_URL ?? server!.url;
await migrate(databaseUrl);
const seeded = await seedMembers(databaseUrl, { members: MEMBERS, seed: SEED });

const apiPort = await freePort();
const api = await startApi({
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DATABASE_URL: databaseUrl,
  JWT_SECRET: 'rsvp-storm-bench-secret-that-is-long-enough',
  API_PORT: String(apiPort),
  REALTIME_PORT: String(await freePort()),
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});
const pids = { api: api.pid!, clients: process.pid };
const graphql = graphqlAt(`http://127.0.0.1:${apiPort}/graphql`);
const sql = new pg.Client({ connectionString: databaseUrl });
await sql.connect();

// Signed in as the app signs people in (as bench/fanout.ts does): a GraphQL login each, argon2id verify included.
const LOGIN =
  'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
const signInStarted = performance.now();
const adminToken = (
  await graphql<{ login: { accessToken: string } }>(LOGIN, { e: ADMIN.email, p: ADMIN.password })
).login.accessToken;
const tokens = new Array<string>(MEMBERS);
let nextLogin = 0;
await Promise.all(
  Array.from({ length: LOGINS_IN_FLIGHT }, async () => {
    while (nextLogin < MEMBERS) {
      const n = nextLogin++;
      const { login } = await graphql<{ login: { accessToken: string } }>(LOGIN, {
        e: `seed${SEED}-${n + 1}@example.org`,
        p: SEEDED_MEMBER_PASSWORD,
      });
      tokens[n] = login.accessToken;
    }
  }),
);
const signInSeconds = (performance.now() - signInStarted) / 1000;
const { rows: idRows } = await sql.query<{ id: string; email: string }>(
  'SELECT id, email FROM members WHERE email LIKE $1',
  [`seed${SEED}-%@example.org`],
);
const idOf = new Map(idRows.map((r) => [r.email, r.id]));
const memberIds = tokens.map((_, n) => idOf.get(`seed${SEED}-${n + 1}@example.org`)!);

let eventNumber = 0;
async function newEvent(places: number): Promise<string> {
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  const { createEvent } = await graphql<{ createEvent: { id: string } }>(
    'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    {
      input: {
        title: `RSVP storm ${++eventNumber}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        timezone: 'Europe/London',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/rsvp-storm',
        capacity: places,
      },
    },
    adminToken,
  );
  return createEvent.id;
}

/** What the database holds for the event, set against the answers each member was given. */
async function verify(eventId: string, answers: Answer[]): Promise<string[]> {
  const problems: string[] = [];
  const [event] = (
    await sql.query<{ capacity: number; going_count: number; waitlist_count: number }>(
      'SELECT capacity, going_count, waitlist_count FROM events WHERE id = $1',
      [eventId],
    )
  ).rows;
  const { rows } = await sql.query<{ member_id: string; status: string; position: number | null }>(
    `SELECT r.member_id, r.status::text AS status,
            CASE WHEN r.status = 'WAITLISTED' THEN
              (SELECT count(*)::int FROM event_rsvps w
                WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq)
            END AS position
       FROM event_rsvps r WHERE r.event_id = $1 ORDER BY r.waitlist_seq`,
    [eventId],
  );
  const going = rows.filter((r) => r.status === 'GOING').length;
  const waiting = rows.filter((r) => r.status === 'WAITLISTED');
  if (rows.length !== MEMBERS || new Set(rows.map((r) => r.member_id)).size !== MEMBERS)
    problems.push(`${rows.length} rows for ${MEMBERS} members`);
  if (going !== Math.min(PLACES, MEMBERS)) problems.push(`${going} going for ${PLACES} places`);
  if (event.going_count !== going || event.waitlist_count !== waiting.length)
    problems.push(`counters ${event.going_count}/${event.waitlist_count}, rows ${going}/${waiting.length}`);
  if (waiting.some((r, i) => r.position !== i + 1)) problems.push('stored positions are not 1..n');
  const stored = new Map(rows.map((r) => [r.member_id, r]));
  const mismatched = answers.filter((answer, i) => {
    const row = stored.get(memberIds[i]);
    return !row || row.status !== answer.status || row.position !== answer.waitlistPosition;
  }).length;
  if (mismatched > 0) problems.push(`${mismatched} answers differ from the stored rows`);
  return problems;
}

const ms = (latencies: number[]) => JSON.stringify(summarize(latencies));

console.log(
  `Machine: ${machine()}; ${new Date().toISOString()}; database: ${server ? 'embedded PostgreSQL 18' : 'DATABASE_URL'}`,
);
console.log(
  `${MEMBERS} members (${seeded.created} seeded this run), signed in through GraphQL in ${signInSeconds.toFixed(1)} s ` +
    `(${LOGINS_IN_FLIGHT} logins in flight); an event with ${PLACES} places per round; ${ROUNDS} rounds`,
);

// Warm-up, not counted: the API compiles its code paths and fills its pool.
const warmEvent = await newEvent(10);
await storm((i) => graphql(ME, {}, tokens[i]), Math.min(200, MEMBERS), pids);
await storm((i) => graphql(RSVP, { e: warmEvent }, tokens[i]), Math.min(200, MEMBERS), pids);

let failures = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const baseline = await storm((i) => graphql<{ me: { id: string } }>(ME, {}, tokens[i]), MEMBERS, pids);
  const wrongMe = baseline.results.filter((r, i) => r.me.id !== memberIds[i]).length;

  const eventId = await newEvent(PLACES);
  const rsvps = await storm(
    async (i) => (await graphql<{ rsvp: Answer }>(RSVP, { e: eventId }, tokens[i])).rsvp,
    MEMBERS,
    pids,
  );
  const answers = rsvps.results;
  const going = answers.filter((a) => a.status === 'GOING').length;
  const waiting = answers.filter((a) => a.status === 'WAITLISTED');
  const positions = waiting.map((a) => a.waitlistPosition!).sort((a, b) => a - b);
  const exact = positions.length === MEMBERS - PLACES && positions.every((p, i) => p === i + 1);
  const problems = await verify(eventId, answers);
  if (wrongMe > 0) problems.push(`${wrongMe} me answers for the wrong member`);
  if (!exact) problems.push('answered positions are not exactly 1..n');
  failures += problems.length;

  console.log(`\nRound ${round}`);
  console.log(
    `  baseline ${MEMBERS} x { me { id } }      ${(MEMBERS / baseline.seconds).toFixed(0).padStart(5)} req/s in ` +
      `${baseline.seconds.toFixed(2)} s, latency ms ${ms(baseline.latencies)}, CPU s ${JSON.stringify(baseline.cpu)}`,
  );
  console.log(
    `  ${MEMBERS} x rsvp(GOING), ${PLACES} places ${(MEMBERS / rsvps.seconds).toFixed(0).padStart(5)} RSVPs/s in ` +
      `${rsvps.seconds.toFixed(2)} s, latency ms ${ms(rsvps.latencies)}, CPU s ${JSON.stringify(rsvps.cpu)}`,
  );
  console.log(
    `  answers: ${going} GOING, ${waiting.length} WAITLISTED; positions exactly 1..${MEMBERS - PLACES}: ` +
      `${exact ? 'yes' : 'NO'}; stored rows: ${problems.length === 0 ? 'all as answered, counters exact' : problems.join('; ')}`,
  );
}

await sql.end();
const exited = new Promise((resolve) => api.once('exit', resolve));
api.kill('SIGTERM');
await exited;
await server?.stop();
rmSync(dir, { recursive: true, force: true });
if (failures > 0) {
  console.error(`\n${failures} problem(s) found: see above.`);
  process.exitCode = 1;
}
