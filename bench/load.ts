// A busy evening: MEMBERS (default 2,000) simulated members using Confer at once, as bench/load-member.ts describes
// (socket, directory, groups and threads, typing, writing, reactions, RSVPs, notifications), against the built API and
// REPLICAS (default 1) realtime processes on this machine, load generator included. After the members have come in
// (over RAMP_SECONDS), it measures for DURATION_SECONDS: throughput, p50/p95/p99 per operation, errors, the CPU and
// memory of each process, and Confer's own /metrics. Then it checks that nothing was lost: each acknowledged message
// is stored exactly once, and each member still connected holds every message of the thread they have open.
//
// Run: npm run bench:load   (MEMBERS, WORKERS load-generator processes, RAMP_SECONDS, DURATION_SECONDS, THINK_SECONDS
// mean pause between a member's actions, REPLICAS realtime processes; REDIS_URL to fan out through Redis instead of
// PostgreSQL; DATABASE_URL to use a server of your own; PROFILE_DIR=/dir for CPU profiles of the Confer processes)
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { freePort } from '#libs/database';
import { seedMembers } from '#libs/platform';
import type { LoadFixtures } from './load-fixtures.js';
import type { LoadCommand, LoadMember, LoadReport } from './load-member.js';
import { benchDatabase, cpuMeter, startProcess, stopProcesses } from './platform.js';
import { machine, summarize } from './stats.js';

const MEMBERS = Number(process.env.MEMBERS ?? 2_000);
const WORKERS = Number(process.env.WORKERS ?? 2);
const RAMP_SECONDS = Number(process.env.RAMP_SECONDS ?? 60);
const DURATION_SECONDS = Number(process.env.DURATION_SECONDS ?? 120);
const THINK_SECONDS = Number(process.env.THINK_SECONDS ?? 10);
const REPLICAS = Number(process.env.REPLICAS ?? 1);
const SEED = 31;
const JWT_SECRET = 'confer-load-bench-secret-that-is-long-enough';
/** Mattermost's "healthy" limits, the issue's target. */
const TARGET = { meanMs: 100, p99Ms: 2_000, errorRate: 0.00025 };
/** Not requests a member waits on: a message reaching others, and the socket's first connection. */
const NOT_REQUESTS = new Set(['delivery', 'connect']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMiB(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Math.round(Number(kb) / 1024);
  } catch {
    return NaN;
  }
}

async function scrape(url: string, names: string[]): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text
    .split('\n')
    .filter(
      (line) => names.some((name) => line.startsWith(name)) && !/^confer_job_queue_depth.* 0$/.test(line),
    )
    .join('\n    ');
}

console.log(
  `Machine: ${machine()}; ${new Date().toISOString()}\n` +
    `${MEMBERS} members in ${WORKERS} load-generator process(es); ramp ${RAMP_SECONDS} s, measured ${DURATION_SECONDS} s, ` +
    `think ${THINK_SECONDS} s on average; ${REPLICAS} realtime process(es), fan-out through ` +
    `${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'}`,
);

const database = await benchDatabase('load');
console.log(`database: ${database.name}`);
const seeded = await seedMembers(database.url, { members: MEMBERS, seed: SEED });
const common = {
  NODE_ENV: 'production',
  MAIL_OUTBOX_ONLY: 'true',
  LOG_LEVEL: 'warn',
  DATABASE_URL: database.url,
  JWT_SECRET,
};
const fixtureProcess = fork('dist/bench/load-fixtures.js', [], {
  env: { ...process.env, ...common, LOAD_SEED: String(SEED) },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const fixtures = await new Promise<LoadFixtures>((resolve, reject) => {
  fixtureProcess.once('message', (answer) => resolve(answer as LoadFixtures));
  fixtureProcess.once('exit', (code) => reject(new Error(`load-fixtures exited with ${code}`)));
});
console.log(
  `${seeded.created} members seeded; ${fixtures.groups.length} public groups of ${fixtures.groupSize}, ` +
    `${fixtures.groups[0].threadIds.length} threads and ${fixtures.groups[0].eventIds.length} events each`,
);

const apiPort = await freePort();
const realtimePorts = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
const apiUrl = `http://127.0.0.1:${apiPort}`;
const realtimeUrls = realtimePorts.map((port) => `http://127.0.0.1:${port}`);
const api = await startProcess('dist/apps/api/src/main.js', { ...common, API_PORT: String(apiPort) });
const realtimes: ChildProcess[] = [];
for (const port of realtimePorts) {
  realtimes.push(
    await startProcess('dist/apps/realtime/src/main.js', { ...common, REALTIME_PORT: String(port) }),
  );
}

const workers = await Promise.all(
  Array.from({ length: WORKERS }, () =>
    startProcess('dist/bench/load-member.js', {
      LOAD_API_URL: apiUrl,
      LOAD_REALTIME_URLS: realtimeUrls.join(','),
      LOAD_THINK_MS: String(THINK_SECONDS * 1000),
      LOAD_RAMP_MS: String(RAMP_SECONDS * 1000),
    }),
  ),
);
const reports = workers.map(
  (worker) =>
    new Promise<LoadReport>((resolve) => worker.once('message', (report) => resolve(report as LoadReport))),
);
const members: LoadMember[] = fixtures.tokens.map((token, index) => ({
  index,
  token,
  memberId: fixtures.memberIds[index],
}));
workers.forEach((worker, w) => {
  const command: LoadCommand = {
    kind: 'start',
    members: members.filter((member) => member.index % WORKERS === w),
    fixtures: {
      groups: fixtures.groups,
      groupSize: fixtures.groupSize,
      regionCodes: fixtures.regionCodes,
      topicSlugs: fixtures.topicSlugs,
    },
  };
  worker.send(command);
});

await sleep(RAMP_SECONDS * 1000 + 5_000);
const pids: Record<string, number> = { api: api.pid! };
realtimes.forEach((child, i) => (pids[`realtime ${i + 1}`] = child.pid!));
workers.forEach((child, i) => (pids[`load generator ${i + 1}`] = child.pid!));
workers.forEach((worker) => worker.send({ kind: 'measure' } satisfies LoadCommand));
const cpuUsed = cpuMeter(pids);
// What PostgreSQL's connections are doing, sampled each second: by application (confer-api, confer-realtime, ...), the
// state and what they wait on (a lock, I/O, the client: "ClientRead" is a connection held open by the app, idle).
const activity = new pg.Client({ connectionString: database.url });
await activity.connect();
const waits = new Map<string, number>();
let activitySamples = 0;
const activitySampler = setInterval(() => {
  activity
    .query<{ what: string; n: number }>(
      `SELECT application_name || ' ' || coalesce(state, '?') || ' ' || coalesce(wait_event_type || ':' || wait_event, '-')
              AS what, count(*)::int AS n
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
    )
    .then(({ rows }) => {
      activitySamples++;
      for (const row of rows) waits.set(row.what, (waits.get(row.what) ?? 0) + row.n);
    })
    .catch(() => undefined);
}, 1_000);
// Every 5 s: each Confer process's event-loop delay (p99 over prom-client's window) and the API's connection pool.
const timeline: string[] = [];
const measuredFrom = Date.now();
const metricOf = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
const timelineSampler = setInterval(() => {
  void Promise.all([apiUrl, ...realtimeUrls].map((url) => fetch(`${url}/metrics`).then((r) => r.text())))
    .then(([apiText, ...realtimeTexts]) => {
      const lag = (text: string) =>
        Math.round(metricOf(text, 'confer_nodejs_eventloop_lag_p99_seconds') * 1000);
      timeline.push(
        `  ${Math.round((Date.now() - measuredFrom) / 1000)} s: API loop p99 ${lag(apiText)} ms, pool ` +
          `${metricOf(apiText, 'confer_db_pool_idle_connections')} idle / ` +
          `${metricOf(apiText, 'confer_db_pool_waiting_clients')} waiting; realtime loop p99 ` +
          realtimeTexts.map((text) => `${lag(text)} ms`).join(', '),
      );
    })
    .catch(() => undefined);
}, 5_000);
const peakRss: Record<string, number> = {};
const sampler = setInterval(() => {
  for (const [name, pid] of Object.entries(pids)) peakRss[name] = Math.max(peakRss[name] ?? 0, rssMiB(pid));
}, 2_000);
await sleep(DURATION_SECONDS * 1000);
const cpu = cpuUsed();
clearInterval(sampler);
clearInterval(activitySampler);
clearInterval(timelineSampler);
await activity.end();
const apiMetrics = await scrape(apiUrl, [
  'confer_db_pool',
  'confer_job_queue_depth',
  'confer_http_request_duration_seconds_count',
  'confer_graphql_operation_duration_seconds_count',
]);
const realtimeMetrics = await Promise.all(
  realtimeUrls.map((url) =>
    scrape(url, ['confer_realtime_sockets_connected', 'confer_db_pool', 'confer_messages_stored_total']),
  ),
);
workers.forEach((worker) => worker.send({ kind: 'stop' } satisfies LoadCommand));
const all = await Promise.all(reports);

// --- the figures ---
const samples: Record<string, number[]> = {};
const errors: Record<string, number> = {};
for (const report of all) {
  for (const [name, list] of Object.entries(report.samples)) (samples[name] ??= []).push(...list);
  for (const [name, count] of Object.entries(report.errors)) errors[name] = (errors[name] ?? 0) + count;
}
const names = [...new Set([...Object.keys(samples), ...Object.keys(errors)])].sort();
console.log(
  `\nMeasured ${DURATION_SECONDS} s with ${all.reduce((sum, r) => sum + r.connected, 0)} members connected`,
);
console.log('| operation | count | per s | mean ms | p50 ms | p95 ms | p99 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const name of names) {
  const s = summarize(samples[name] ?? []);
  const perSecond = ((samples[name]?.length ?? 0) / DURATION_SECONDS).toFixed(1);
  console.log(
    `| ${name} | ${s.n} | ${perSecond} | ${s.mean} | ${s.p50} | ${s.p95} | ${s.p99} | ${errors[name] ?? 0} |`,
  );
}
const requests = names.filter((name) => !NOT_REQUESTS.has(name));
const requestSamples = requests.flatMap((name) => samples[name] ?? []);
const requestErrors = requests.reduce((sum, name) => sum + (errors[name] ?? 0), 0);
const overall = summarize(requestSamples);
const errorRate = requestErrors / Math.max(1, requestSamples.length + requestErrors);
console.log(
  `| **all requests** | ${overall.n} | ${(overall.n / DURATION_SECONDS).toFixed(1)} | ${overall.mean} | ` +
    `${overall.p50} | ${overall.p95} | ${overall.p99} | ${requestErrors} |`,
);
const examples = all.flatMap((report) => report.errorExamples).slice(0, 10);
if (examples.length) console.log(`errors, for example:\n  ${examples.join('\n  ')}`);
console.log('\nCPU seconds used while measuring (of 2 cores x duration), and peak RSS:');
for (const [name, seconds] of Object.entries(cpu)) {
  const share = ((seconds / DURATION_SECONDS) * 100).toFixed(0);
  console.log(
    `  ${name}: ${seconds} s (${share}% of a core)${peakRss[name] ? `, RSS ${peakRss[name]} MiB` : ''}`,
  );
}
console.log(`\nEvery 5 s while measuring:\n${timeline.join('\n')}`);
console.log('\nPostgreSQL connections, on average over the measured time (application, state, wait):');
for (const [what, n] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`  ${(n / Math.max(1, activitySamples)).toFixed(1)}  ${what}`);
}
console.log(`\nAPI /metrics:\n    ${apiMetrics}`);
realtimeMetrics.forEach((text, i) => console.log(`realtime ${i + 1} /metrics:\n    ${text}`));

// --- nothing lost ---
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
const sent = all.flatMap((report) => report.sentClientIds);
const { rows: stored } = await sql.query<{ stored: number; distinct: number }>(
  `SELECT count(*)::int AS stored, count(DISTINCT client_id)::int AS distinct
     FROM messages WHERE client_id = ANY($1::text[])`,
  [sent],
);
const { rows: lastSeqs } = await sql.query<{ id: string; last_seq: number }>(
  'SELECT id, last_seq FROM threads',
);
const lastSeq = new Map(lastSeqs.map((row) => [row.id, row.last_seq]));
// A member whose thread never opened holds nothing to check: counted apart, not as holding everything.
const allHoldings = all.flatMap((report) => report.holdings);
const holdings = allHoldings.filter((holding) => holding.threadId !== '');
const withoutThread = allHoldings.length - holdings.length;
const short = holdings.filter((holding) => holding.contiguous < (lastSeq.get(holding.threadId) ?? 0));
console.log(
  `\nNothing lost: ${sent.length} acknowledged messages, ${stored[0].stored} stored (${stored[0].distinct} distinct); ` +
    `${holdings.length - short.length}/${holdings.length} members hold every message of their open thread` +
    (short.length ? ` (short: ${short.length}, e.g. ${JSON.stringify(short.slice(0, 3))})` : '') +
    (withoutThread ? `; ${withoutThread} never had a thread open` : '') +
    '. (The client fills a gap from the database after 2 s; this checks what members end up with.)',
);
const storedOnce = stored[0].stored === sent.length && stored[0].distinct === sent.length;
const met =
  overall.mean < TARGET.meanMs &&
  overall.p99 < TARGET.p99Ms &&
  errorRate < TARGET.errorRate &&
  short.length === 0 &&
  withoutThread === 0 &&
  storedOnce;
console.log(
  `Target (mean < ${TARGET.meanMs} ms, p99 < ${TARGET.p99Ms} ms, errors < ${TARGET.errorRate * 100}%): ` +
    `mean ${overall.mean} ms, p99 ${overall.p99} ms, errors ${(errorRate * 100).toFixed(4)}% — ${met ? 'met' : 'NOT met'}`,
);

await sql.end();
await stopProcesses([api, ...realtimes]);
await database.close();
process.exit(0);
