// Directory search at scale through GraphQL: a rotating mix of search terms (with misspelt names) and filter
// combinations, facets and totalCount included, one client. Baseline in the same run: `member(id)`.
// Prints the query plans relied on. Run: npm run bench:directory -- --members 100000
import { mkdirSync, chmodSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '#libs/config';
import { migrate, startEmbeddedPostgres } from '#libs/database';
import { DirectoryService, type DirectoryFilter } from '#libs/members';
import { SEEDED_MEMBER_PASSWORD, seedMembers } from '#libs/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { graphqlAt } from './graphql-client.js';
import { machine, summarize } from './stats.js';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const MEMBERS = argument('members', 100_000);
const ROUNDS = argument('rounds', 5);

/** What the embedded server gets for shared_buffers: its default (128 MB) cannot hold the search tables of
 * 1,000,000 members (about 700 MB with their indexes), and every search would read them from the OS again. */
const SHARED_BUFFERS = '2GB';

/** The embedded server, with SHARED_BUFFERS (set once in its data folder; a restart applies it). */
async function startServer(dir: string) {
  const server = await startEmbeddedPostgres(dir);
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ current: string }>(
    "SELECT current_setting('shared_buffers') AS current",
  );
  const wanted = rows[0].current === SHARED_BUFFERS;
  if (!wanted) await client.query(`ALTER SYSTEM SET shared_buffers = '${SHARED_BUFFERS}'`);
  await client.end();
  if (wanted) return server;
  if (!server.owned) {
    console.log(
      `shared_buffers is ${rows[0].current}: restart the server of ${dir} to give it ${SHARED_BUFFERS}`,
    );
    return server;
  }
  await server.stop();
  return startEmbeddedPostgres(dir);
}

const TERMS = [
  'Mohammed',
  'Mohamed',
  'Muhammad Khan',
  'Priya',
  'Pryia Patel',
  'Smith',
  'Smtih',
  'Jones',
  'Catherine',
  'Katherine',
  "O'Brien",
  'Siobhan',
  'Chen',
  'Kowalski',
  'Okafor',
  'Evans',
  'Williams',
  'Wiliams',
  'Thompson',
  'Tomson',
  'maternity',
  'diabetes',
  'co-production',
  'mental health',
  'dementia',
  'nurse',
  'midwife',
  'consultant',
  'GP',
  'patient partner',
  'carer',
  'trust',
  'community',
  'research',
  'digital',
  'cancer',
  'sarah',
  'david jones',
  'ali',
];
const FILTERS = [
  {},
  { regions: ['LONDON'] },
  { topics: ['mental-health', 'maternity'] },
  { leaderTypes: ['PATIENT_LEADER', 'CARER_LEADER'] },
  { openToPairing: true },
  { regions: ['NORTH_WEST'], topics: ['co-production'] },
  { regions: ['MIDLANDS', 'LONDON'], leaderTypes: ['HEALTHCARE_PROFESSIONAL'], openToPairing: true },
  { text: 'nurse', regions: ['LONDON'] },
  { text: 'maternity', leaderTypes: ['PATIENT_LEADER'] },
  { text: 'smith', topics: ['diabetes', 'cancer'] },
] as DirectoryFilter[];
const MIX: DirectoryFilter[] = [...TERMS.map((text) => ({ text })), ...FILTERS];

const dataDir = resolve('.data', 'bench', `directory-${MEMBERS}`);
mkdirSync(dataDir, { recursive: true });
for (const dir of [resolve('.data'), resolve('.data', 'bench'), dataDir]) chmodSync(dir, 0o755);
const server = process.env.DATABASE_URL ? undefined : await startServer(join(dataDir, 'postgres'));
const databaseUrl = process.env.DATABASE_URL ?? server!.url;
await migrate(databaseUrl);
const seeded = await seedMembers(databaseUrl, {
  members: MEMBERS,
  seed: 1,
  log: (line) => console.log(line),
});
// The same trigram threshold as the API's connections (dataSourceOptions), so that the plans printed are theirs.
const sql = new pg.Client({
  connectionString: databaseUrl,
  options: '-c pg_trgm.word_similarity_threshold=0.3',
});
await sql.connect();
// What autovacuum does soon after a bulk load, done now: statistics, and the visibility map that lets the
// postings be read from their index alone (the plans below show "Heap Fetches: 0").
await sql.query('VACUUM (ANALYZE) member_profiles, member_search_postings, member_search_name_postings');
const [{ listed }] = (
  await sql.query<{ listed: number }>(
    'SELECT count(*)::int AS listed FROM member_profiles WHERE in_directory',
  )
).rows as [{ listed: number }];

const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
  LOG_LEVEL: 'silent',
});
const app = await createApiApp(config, databaseUrl);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}/graphql`;

const graphql = graphqlAt(url);

const login = await graphql<{ login: { accessToken: string } }>(
  'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
  { i: { email: 'seed1-1@example.org', password: SEEDED_MEMBER_PASSWORD } },
);
const token = login.login.accessToken;
const SEARCH = `query($filter: MemberFilter) { members(filter: $filter, first: 20) {
  totalCount edges { cursor node { id handle displayName headline leaderType region { name } topics { slug } } }
  pageInfo { hasNextPage endCursor } facets { regions { value count } topics { value count } leaderTypes { value count } } } }`;
const MEMBER =
  'query($id: ID!) { member(id: $id) { id handle displayName headline region { name } topics { slug } } }';

/** The first search after the API started: it reads the whole directory into memory (the snapshot). */
let firstSearch: number | undefined;
const searchTimes: number[] = [];
const slowest: Array<{ ms: number; filter: DirectoryFilter }> = [];
const byKind = { names: [] as number[], words: [] as number[], filters: [] as number[] };
const ids: string[] = [];
// How long the process's event loop is held while the first search reads the directory into memory (the same
// read as the background re-read every few minutes): other requests would wait that long.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
for (let round = 0; round <= ROUNDS; round++) {
  for (const filter of MIX) {
    const started = performance.now();
    const data = await graphql<{ members: { edges: Array<{ node: { id: string } }> } }>(
      SEARCH,
      { filter },
      token,
    );
    const elapsed = performance.now() - started;
    if (firstSearch === undefined) {
      firstSearch = elapsed;
      loopDelay.disable();
    }
    if (round === 0) {
      ids.push(...data.members.edges.slice(0, 3).map((e) => e.node.id));
      continue; // warm-up round
    }
    searchTimes.push(elapsed);
    slowest.push({ ms: elapsed, filter: { ...filter, round } as DirectoryFilter });
    const kind = !filter.text ? 'filters' : TERMS.indexOf(filter.text) < 20 ? 'names' : 'words';
    byKind[Object.keys(filter).length > 1 ? 'filters' : kind].push(elapsed);
  }
}
const lookupTimes: number[] = [];
for (let i = 0; i < ROUNDS * MIX.length; i++) {
  const started = performance.now();
  await graphql(MEMBER, { id: ids[i % ids.length] }, token);
  lookupTimes.push(performance.now() - started);
}

// A member renamed (a new place in name order, as a member joining or leaving): the next search remakes the
// columns from the old ones. Timed three times (renamed, back, again), then the name is restored.
const renameTimes: number[] = [];
for (const suffix of [' Renamed', '', ' Renamed', '']) {
  await sql.query(
    `UPDATE member_profiles SET display_name = regexp_replace(display_name, ' Renamed$', '') || $2 WHERE member_id = $1`,
    [ids[0], suffix],
  );
  const started = performance.now();
  await graphql(SEARCH, { filter: { text: 'nurse' } }, token);
  if (suffix) renameTimes.push(performance.now() - started);
}

const { rows: buffers } = await sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
console.log(
  `\nMachine: ${machine()}; ${new Date().toISOString()}; ${server ? 'embedded PostgreSQL 18' : 'DATABASE_URL'}, shared_buffers ${buffers[0].shared_buffers}`,
);
console.log(
  `Members: ${MEMBERS} seeded (${seeded.created} new this run), ${listed} listed; mix of ${MIX.length} requests x ${ROUNDS} rounds`,
);
const line = (name: string, samples: number[]) =>
  console.log(`${name.padEnd(44)} ${JSON.stringify(summarize(samples))}`);
line('baseline: member(id)', lookupTimes);
line('members(filter) with facets, all', searchTimes);
line('  names (incl. misspelt)', byKind.names);
line('  words (bio, headline, job, organisation)', byKind.words);
line('  filters (with or without text)', byKind.filters);

console.log(
  `First search after start (reads the directory into memory): ${firstSearch!.toFixed(0)} ms; ` +
    `the event loop held at most ${(loopDelay.max / 1e6).toFixed(0)} ms meanwhile (p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms)`,
);
console.log(`Search right after a member is renamed: ${renameTimes.map((t) => t.toFixed(1)).join(', ')} ms`);
console.log('Slowest requests:');
for (const { ms, filter } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 12)) {
  console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${JSON.stringify(filter)}`);
}

const directory = app.get(DirectoryService);
// The plans relied on: the postings of each word from the primary keys' indexes alone (index-only, no heap
// fetches), even for "trust" and "community", which a quarter of the members use.
for (const text of ['Pryia Patel', 'Smith', 'nurse', 'trust', 'community']) {
  const statements = (await directory.textStatements({ text }))!;
  for (const [i, { sql: statement, params }] of statements.halves.entries()) {
    const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) ${statement}`, params);
    const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']);
    console.log(`\nPlan for ${JSON.stringify(text)}, half ${i + 1}:\n${lines.join('\n')}`);
  }
}

const { rows: sizes } = await sql.query<{ name: string; rows: string; heap: string; indexes: string }>(
  `SELECT relname AS name, reltuples::bigint::text AS rows, pg_size_pretty(pg_relation_size(oid)) AS heap,
          pg_size_pretty(pg_indexes_size(oid)) AS indexes
     FROM pg_class WHERE relname IN ('member_search_postings', 'member_search_name_postings', 'member_name_words')
    ORDER BY relname`,
);
console.log('\nSearch tables:');
for (const s of sizes) console.log(`  ${s.name}: ${s.rows} rows, ${s.heap} + ${s.indexes} of indexes`);

await app.close();
await sql.end();
await server?.stop();
