// RSVP storm: 1,000 members each send `rsvp(eventId, GOING)` at once to an event with 100 places, through GraphQL
// over HTTP to the API in its own process. Checks the outcome (exactly 100 going, 900 waiting at positions 1..900,
// counters equal to the rows, each answer equal to the stored row) and prints throughput and latency. Baseline in the
// same run: as many concurrent authenticated `{ me { id } }` from the same members.
// Run: npm run bench:rsvp   (MEMBERS, PLACES, ROUNDS to change the sizes; DATABASE_URL to use a server of your own)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { seedMembers } from '#libs/platform';
import { benchDatabase, cpuMeter, signIn, signInSeeded, startConfer } from './platform.js';
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

/** Sends every request at once; answers each response (in order) with its latency, and the wall time. */
async function storm<T>(
  send: (i: number) => Promise<T>,
  count: number,
  pids: Record<string, number>,
): Promise<{ results: T[]; latencies: number[]; seconds: number; cpu: Record<string, number> }> {
  const cpuUsed = cpuMeter(pids);
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
  return { results, latencies, seconds, cpu: cpuUsed() };
}

const database = await benchDatabase('rsvp');
const seeded = await seedMembers(database.url, { members: MEMBERS, seed: SEED });

const confer = await startConfer(database.url, {
  env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
});
const pids = { api: confer.api.pid!, clients: process.pid };
const { graphql } = confer;
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();

// Signed in as the app signs people in (as bench/fanout.ts does): a GraphQL login each, argon2id verify included.
const signInStarted = performance.now();
const adminToken = await signIn(graphql, ADMIN.email, ADMIN.password);
const tokens = await signInSeeded(graphql, { seed: SEED, count: MEMBERS, inFlight: LOGINS_IN_FLIGHT });
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

console.log(`Machine: ${machine()}; ${new Date().toISOString()}; database: ${database.name}`);
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
await confer.stop();
await database.close();
if (failures > 0) {
  console.error(`\n${failures} problem(s) found: see above.`);
  process.exitCode = 1;
}
