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
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '#libs/database';
import { seedMembers } from '#libs/platform';
import type { ClientCommand, ClientReport } from './idle-sockets-clients.js';
import type { MemoryAnswer, MemoryRequest } from './idle-sockets-probe.js';
import type { IdleSessions } from './idle-sockets-sessions.js';
import { benchDatabase } from './platform.js';
import { machine } from './stats.js';

const SOCKETS = Number(process.env.SOCKETS ?? 10_000);
const THREAD_SIZE = Number(process.env.THREAD_SIZE ?? 50);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 60);
const PER_CLIENT_PROCESS = Number(process.env.SOCKETS_PER_CLIENT_PROCESS ?? 5_000);
/** Connections (and joins) under way at once, per client process. */
const IN_FLIGHT = 50;
/** Sockets connected, joined and closed before the baseline, so that code loading and first-use caches are not counted. */
const WARM_UP = 200;
/** After connecting or joining, before memory is read: presence timers (50 ms), acknowledgements, sockets settling. */
const SETTLE_MS = 3_000;
/** Server pings every 25 s (socket.io's pingInterval): a minute idle is at least two on every socket. */
const PINGS_EXPECTED = Math.floor(IDLE_SECONDS / 25);
const SEED = 21;
const JWT_SECRET = 'confer-idle-bench-secret-that-is-long-enough';
const SNAPSHOTS = process.env.HEAP_SNAPSHOT_DIR;

const bench = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The soft and hard limits on open files of this process (children inherit them), from /proc (Linux). */
function openFileLimits(): { soft: number; hard: number } {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [soft, hard] = (line?.match(/\d+|unlimited/g) ?? []).map((v) =>
    v === 'unlimited' ? Infinity : Number(v),
  );
  return { soft: soft ?? 1024, hard: hard ?? 1024 };
}

/** The local ports the kernel hands out to outgoing connections (each server needs one per socket). */
function ephemeralPorts(): number {
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return high - low + 1;
}

/**
 * Starts `node <execArgv> <entry>` with IPC and `env` added, with at least `openFiles` file descriptors (raised up
 * to the hard limit through the shell's ulimit when the inherited soft limit is lower), and answers once it says
 * 'ready'.
 */
function startNode(
  entry: string,
  {
    env = {},
    execArgv = [],
    openFiles = 0,
  }: { env?: Record<string, string>; execArgv?: string[]; openFiles?: number },
): Promise<ChildProcess> {
  const args = [...execArgv, entry];
  const stdio: ['ignore', 'ignore', 'inherit', 'ipc'] = ['ignore', 'ignore', 'inherit', 'ipc'];
  const options = { env: { ...process.env, ...env }, stdio };
  const child =
    openFiles > openFileLimits().soft
      ? spawn('sh', ['-c', `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath, ...args], options)
      : spawn(process.execPath, args, options);
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message !== 'ready') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(child);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`${entry} exited with ${code} before it was ready`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Sends `message` and answers the first message back that `accept` takes. */
function ask<T>(child: ChildProcess, message: unknown, accept: (answer: unknown) => answer is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: unknown) => {
      if (!accept(answer)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(answer);
    };
    const onExit = (code: number | null) => reject(new Error(`process ${child.pid} exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message as string);
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

async function stop(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await done;
  clearTimeout(killer);
}

interface Memory {
  /** VmRSS from /proc/<pid>/status. */
  rss: number;
  heapUsed: number;
  /** The heap V8 holds from the system (used or not): part of the RSS. */
  heapTotal: number;
  external: number;
  /** Confer's /metrics gauges, read right after (Confer only). */
  metrics?: Record<string, number>;
}

/** The server's memory after a full garbage collection in it (bench/idle-sockets-probe.ts). */
async function memoryOf(server: Server, snapshot = false): Promise<Memory> {
  const request: MemoryRequest = snapshot && SNAPSHOTS ? 'idle-sockets:snapshot' : 'idle-sockets:memory';
  const answer = await ask(
    server.process,
    request,
    (a): a is MemoryAnswer => (a as MemoryAnswer | undefined)?.kind === 'idle-sockets:memory',
  );
  if (!answer.collected) throw new Error('the server was not started with --expose-gc');
  if (answer.snapshot) console.log(`  heap snapshot of ${server.name}: ${answer.snapshot}`);
  const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) * 1024;
  return {
    rss,
    heapUsed: answer.heapUsed,
    heapTotal: answer.heapTotal,
    external: answer.external,
    metrics: await server.metrics?.(),
  };
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

interface Server {
  name: string;
  process: ChildProcess;
  url: string;
  mode: 'confer' | 'bare';
  /** The room each socket joins, by socket number: a thread's id for Confer, the same `thread:<id>` name for the bare server. */
  room(i: number): string;
  metrics?: () => Promise<Record<string, number>>;
}

/** Load-generator processes holding `tokens.length` sockets to `server` between them. */
class Clients {
  private constructor(
    private readonly processes: ChildProcess[],
    private readonly slices: Array<{ from: number; tokens: string[] }>,
  ) {}

  static async start(tokens: string[]): Promise<Clients> {
    const slices: Array<{ from: number; tokens: string[] }> = [];
    for (let from = 0; from < tokens.length; from += PER_CLIENT_PROCESS)
      slices.push({ from, tokens: tokens.slice(from, from + PER_CLIENT_PROCESS) });
    const processes = await Promise.all(
      slices.map((slice) =>
        startNode(bench('./idle-sockets-clients.js'), { openFiles: slice.tokens.length + 200 }),
      ),
    );
    return new Clients(processes, slices);
  }

  private async all<C extends ClientReport['cmd']>(
    command: (slice: { from: number; tokens: string[] }) => ClientCommand & { cmd: C },
  ): Promise<Array<ClientReport & { cmd: C }>> {
    return Promise.all(
      this.processes.map((child, p) => {
        const sent = command(this.slices[p]);
        return ask(
          child,
          sent,
          (a): a is ClientReport & { cmd: C } => (a as ClientReport | undefined)?.cmd === sent.cmd,
        );
      }),
    );
  }

  async connect(
    url: string,
  ): Promise<{ connected: number; failed: number; firstError?: string; ms: number }> {
    const started = performance.now();
    const reports = await this.all((slice) => ({
      cmd: 'connect',
      url,
      tokens: slice.tokens,
      inFlight: IN_FLIGHT,
    }));
    return {
      connected: reports.reduce((n, r) => n + r.connected, 0),
      failed: reports.reduce((n, r) => n + r.failed, 0),
      firstError: reports.find((r) => r.firstError)?.firstError,
      ms: performance.now() - started,
    };
  }

  async join(server: Server): Promise<{ joined: number; failed: number; firstError?: string; ms: number }> {
    const started = performance.now();
    const reports = await this.all((slice) => ({
      cmd: 'join',
      mode: server.mode,
      rooms: slice.tokens.map((_, i) => server.room(slice.from + i)),
      inFlight: IN_FLIGHT,
    }));
    return {
      joined: reports.reduce((n, r) => n + r.joined, 0),
      failed: reports.reduce((n, r) => n + r.failed, 0),
      firstError: reports.find((r) => r.firstError)?.firstError,
      ms: performance.now() - started,
    };
  }

  async status(): Promise<{
    connected: number;
    disconnects: number;
    reasons: Record<string, number>;
    minPings: number;
  }> {
    const reports = await this.all(() => ({ cmd: 'status' }));
    const reasons: Record<string, number> = {};
    for (const r of reports)
      for (const [reason, n] of Object.entries(r.disconnectReasons))
        reasons[reason] = (reasons[reason] ?? 0) + n;
    return {
      connected: reports.reduce((n, r) => n + r.connected, 0),
      disconnects: reports.reduce((n, r) => n + r.disconnects, 0),
      reasons,
      minPings: Math.min(...reports.map((r) => r.minPings)),
    };
  }

  async close(): Promise<void> {
    await this.all(() => ({ cmd: 'close' }));
    await Promise.all(this.processes.map(exited));
  }
}

interface Outcome {
  name: string;
  connectMs: number;
  joinMs: number;
  base: Memory;
  idle: Memory;
  afterMinute: Memory;
  joined: Memory;
  /** Every socket connected through the idle minute, none dropped, every one pinged at least PINGS_EXPECTED times. */
  stayed: { connected: number; disconnects: number; reasons: Record<string, number>; minPings: number };
  connectedAfterJoin: number;
  problems: string[];
}

async function measure(server: Server, tokens: string[]): Promise<Outcome> {
  const problems: string[] = [];
  console.log(`\n${server.name}`);
  // Warm-up, not counted.
  const warm = await Clients.start(tokens.slice(0, WARM_UP));
  const warmConnect = await warm.connect(server.url);
  const warmJoin = await warm.join(server);
  if (warmConnect.failed + warmJoin.failed > 0)
    throw new Error(`warm-up failed: ${warmConnect.firstError ?? warmJoin.firstError}`);
  await warm.close();
  await sleep(SETTLE_MS);

  const base = await memoryOf(server, true);
  console.log(`  no sockets: ${describe(base)}`);
  const clients = await Clients.start(tokens);
  const connect = await clients.connect(server.url);
  console.log(
    `  connected ${connect.connected} in ${(connect.ms / 1000).toFixed(1)} s` +
      (connect.failed ? `, ${connect.failed} failed (${connect.firstError})` : ''),
  );
  if (connect.failed) problems.push(`${connect.failed} sockets failed to connect: ${connect.firstError}`);
  await sleep(SETTLE_MS);
  const idle = await memoryOf(server, true);
  console.log(`  ${SOCKETS} idle: ${describe(idle)}; per socket ${perSocket(base, idle)}`);

  await clients.status(); // starts counting pings from here
  await sleep(IDLE_SECONDS * 1000);
  const stayed = await clients.status();
  const afterMinute = await memoryOf(server);
  console.log(
    `  after ${IDLE_SECONDS} s idle: ${stayed.connected}/${SOCKETS} connected, ${stayed.disconnects} dropped ` +
      `${JSON.stringify(stayed.reasons)}, fewest pings on a socket ${stayed.minPings}; ${describe(afterMinute)}; ` +
      `per socket ${perSocket(base, afterMinute)}`,
  );
  if (stayed.connected !== SOCKETS || stayed.disconnects > 0 || stayed.minPings < PINGS_EXPECTED)
    problems.push(`idle minute: ${JSON.stringify(stayed)}`);

  const join = await clients.join(server);
  console.log(
    `  joined a thread room each (${THREAD_SIZE} a room) in ${(join.ms / 1000).toFixed(1)} s` +
      (join.failed ? `, ${join.failed} failed (${join.firstError})` : ''),
  );
  if (join.failed) problems.push(`${join.failed} joins failed: ${join.firstError}`);
  await sleep(SETTLE_MS);
  const joined = await memoryOf(server, true);
  const after = await clients.status();
  console.log(
    `  joined: ${describe(joined)}; per socket ${perSocket(base, joined)}; still connected ${after.connected}`,
  );
  if (after.connected !== SOCKETS) problems.push(`after joining, ${after.connected} connected`);

  await clients.close();
  return {
    name: server.name,
    connectMs: connect.ms,
    joinMs: join.ms,
    base,
    idle,
    afterMinute,
    joined,
    stayed,
    connectedAfterJoin: after.connected,
    problems,
  };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

function describe(m: Memory): string {
  const gauges = m.metrics
    ? ` (/metrics: RSS ${mib(m.metrics.confer_process_resident_memory_bytes)}, heap ` +
      `${mib(m.metrics.confer_nodejs_heap_size_used_bytes)}, sockets ${m.metrics.confer_realtime_sockets_connected})`
    : '';
  return `RSS ${mib(m.rss)}, heap ${mib(m.heapUsed)} (of ${mib(m.heapTotal)}), external ${mib(m.external)}${gauges}`;
}

function perSocket(base: Memory, after: Memory): string {
  return `RSS ${kib((after.rss - base.rss) / SOCKETS)}, heap ${kib((after.heapUsed - base.heapUsed) / SOCKETS)}`;
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
