// Idle capacity: N (default 10,000) idle authenticated sockets on one realtime process, and the memory each costs,
// beside a bare socket.io server (bench/relay-server.ts) given the same clients in the same run (target: at most 2x).
//
// Confer's realtime process runs from dist/ in production mode, alone (no API: the members' sessions are opened
// through the identity SessionService in a helper process, bench/idle-sockets-sessions.ts, as the tests do, so no
// 10,000 argon2 logins). The sockets are plain socket.io-client sockets (WebSocket, token in `auth`, no reconnection)
// held by load-generator processes (bench/idle-sockets-clients.ts); the bare server gets the same clients and the
// same tokens (it keeps the handshake as Confer does). For each server, after a warm-up: memory with no sockets,
// after connecting N, after a minute idle (pings checked), and after each socket joined one thread room
// (THREAD_SIZE sockets a thread). Memory is read after a full garbage collection in the server, asked over IPC
// (bench/idle-sockets-probe.ts, preloaded with --expose-gc): RSS from /proc/<pid>/status, heap from
// process.memoryUsage(); Confer's /metrics gauges are printed beside as a cross-check.
//
// Run: npm run bench:idle   (SOCKETS, THREAD_SIZE, IDLE_SECONDS, SOCKETS_PER_CLIENT_PROCESS; HEAP_SNAPSHOT_DIR=/dir
// writes heap snapshots of both servers with no sockets, idle and joined; DATABASE_URL to use a server of your own)
//
// bench/idle-sockets-measure.ts holds the settings, the processes and the measuring of one server; this file checks
// the machine, seeds the members and their sessions, starts both servers, measures them and prints the summary.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { freePort } from '#libs/database';
import { seedMembers } from '#libs/platform';
import {
  bench,
  exited,
  IDLE_SECONDS,
  measure,
  openFileLimits,
  PER_CLIENT_PROCESS,
  PINGS_EXPECTED,
  SOCKETS,
  startNode,
  THREAD_SIZE,
  WARM_UP,
  type Outcome,
  type Server,
} from './idle-sockets-measure.js';
import type { IdleSessions } from './idle-sockets-sessions.js';
import { benchDatabase } from './platform.js';
import { machine } from './stats.js';

const SEED = 21;
const JWT_SECRET = 'confer-idle-bench-secret-that-is-long-enough';

/** The local ports the kernel hands out to outgoing connections (each server needs one per socket). */
function ephemeralPorts(): number {
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return high - low + 1;
}

async function stop(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await done;
  clearTimeout(killer);
}

/** Confer's Prometheus gauges for memory and sockets. */
async function conferMetrics(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const wanted = [
    'confer_process_resident_memory_bytes',
    'confer_nodejs_heap_size_used_bytes',
    'confer_realtime_sockets_connected',
  ];
  return Object.fromEntries(
    wanted.map((name) => [name, Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1])]),
  );
}

// --- the run ---

// The access tokens are minted once and live 15 minutes; Confer closes a socket when its token expires.
if (IDLE_SECONDS > 600) throw new Error('IDLE_SECONDS: at most 600 (the access tokens last 15 minutes)');
const limits = openFileLimits();
const needed = SOCKETS + 500;
if (needed > limits.hard)
  throw new Error(
    `${SOCKETS} sockets need about ${needed} open files in the server; the hard limit is ${limits.hard}`,
  );
if (SOCKETS + WARM_UP > ephemeralPorts())
  throw new Error(
    `${SOCKETS} sockets need more local ports than ip_local_port_range gives (${ephemeralPorts()})`,
  );

const database = await benchDatabase('idle');
console.log(`Machine: ${machine()}; ${new Date().toISOString()}; database: ${database.name}`);
console.log(
  `${SOCKETS} sockets (WebSocket) in ${Math.ceil(SOCKETS / PER_CLIENT_PROCESS)} client process(es); ` +
    `open files: soft ${limits.soft}, hard ${limits.hard}; local ports: ${ephemeralPorts()}; ` +
    `threads of ${THREAD_SIZE}; ${IDLE_SECONDS} s idle`,
);

const seeded = await seedMembers(database.url, { members: SOCKETS, seed: SEED });
const sessionsStarted = performance.now();
const sessions = await new Promise<IdleSessions>((resolve, reject) => {
  const helper = spawn(process.execPath, [bench('./idle-sockets-sessions.js')], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      JWT_SECRET,
      IDLE_SEED: String(SEED),
      IDLE_THREADS: String(Math.ceil(SOCKETS / THREAD_SIZE)),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  helper.once('message', (answer) => resolve(answer as IdleSessions));
  helper.once('exit', (code) => reject(new Error(`the sessions helper exited with ${code}`)));
});
if (sessions.tokens.length !== SOCKETS)
  throw new Error(`${sessions.tokens.length} sessions for ${SOCKETS} members`);
console.log(
  `${SOCKETS} seeded members (${seeded.created} new), a session each through SessionService and ` +
    `${sessions.threadIds.length} threads in ${((performance.now() - sessionsStarted) / 1000).toFixed(1)} s`,
);

const serverFiles = SOCKETS + 500;
const probe = ['--expose-gc', '--import', new URL('./idle-sockets-probe.js', import.meta.url).href];
const [realtimePort, barePort] = [await freePort(), await freePort()];
const realtime = await startNode('dist/apps/realtime/src/main.js', {
  env: {
    NODE_ENV: 'production',
    MAIL_OUTBOX_ONLY: 'true',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    JWT_SECRET,
    REALTIME_PORT: String(realtimePort),
  },
  execArgv: probe,
  openFiles: serverFiles,
});
const bare = await startNode(bench('./relay-server.js'), {
  env: { PORT: String(barePort) },
  execArgv: probe,
  openFiles: serverFiles,
});
const room = (i: number) => sessions.threadIds[Math.floor(i / THREAD_SIZE)];
const confer: Server = {
  name: 'Confer realtime (production build, PostgreSQL adapter)',
  process: realtime,
  url: `http://127.0.0.1:${realtimePort}`,
  mode: 'confer',
  room,
  metrics: () => conferMetrics(`http://127.0.0.1:${realtimePort}`),
};
const baseline: Server = {
  name: 'bare socket.io server (bench/relay-server.ts)',
  process: bare,
  url: `http://127.0.0.1:${barePort}`,
  mode: 'bare',
  room: (i) => `thread:${room(i)}`,
};

// Confer first: the access tokens were just minted and last 15 minutes.
const outcomes: Outcome[] = [];
try {
  outcomes.push(await measure(confer, sessions.tokens));
  outcomes.push(await measure(baseline, sessions.tokens));
} finally {
  await Promise.all([stop(realtime), stop(bare)]);
  await database.close();
}

const [c, b] = outcomes;
const per = (o: Outcome, at: 'idle' | 'afterMinute' | 'joined', key: 'rss' | 'heapUsed') =>
  (o[at][key] - o.base[key]) / SOCKETS;
console.log(`\nSummary: bytes per socket (after a full GC; ${SOCKETS} sockets)`);
console.log('| state | Confer RSS | bare RSS | ratio | Confer heap | bare heap | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [label, at] of [
  ['idle, just connected', 'idle'],
  [`idle, after ${IDLE_SECONDS} s`, 'afterMinute'],
  ['one thread room each', 'joined'],
] as const) {
  const [cr, br, ch, bh] = [
    per(c, at, 'rss'),
    per(b, at, 'rss'),
    per(c, at, 'heapUsed'),
    per(b, at, 'heapUsed'),
  ];
  console.log(
    `| ${label} | ${cr.toFixed(0)} | ${br.toFixed(0)} | ${(cr / br).toFixed(2)}x | ` +
      `${ch.toFixed(0)} | ${bh.toFixed(0)} | ${(ch / bh).toFixed(2)}x |`,
  );
}
for (const o of outcomes)
  console.log(
    `${o.name}: connect ${(o.connectMs / 1000).toFixed(1)} s (${(SOCKETS / (o.connectMs / 1000)).toFixed(0)}/s), ` +
      `join ${(o.joinMs / 1000).toFixed(1)} s; idle ${IDLE_SECONDS} s: ${o.stayed.connected}/${SOCKETS} connected, ` +
      `${o.stayed.disconnects} dropped, pings OK: ${o.stayed.minPings >= PINGS_EXPECTED ? 'yes' : 'NO'} ` +
      `(at least ${o.stayed.minPings} on every socket); connected after joining: ${o.connectedAfterJoin}`,
  );
const ratio = per(c, 'afterMinute', 'rss') / per(b, 'afterMinute', 'rss');
console.log(`Confer / bare, RSS per idle socket: ${ratio.toFixed(2)}x (target at most 2x)`);
const problems = outcomes.flatMap((o) => o.problems.map((p) => `${o.name}: ${p}`));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
}
