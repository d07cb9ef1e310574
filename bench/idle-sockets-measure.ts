// The measuring half of bench/idle-sockets.ts: its settings (from the environment), the processes it starts and talks
// to over IPC (load generators, bench/idle-sockets-clients.ts; servers preloaded with bench/idle-sockets-probe.ts),
// a server's memory after a full garbage collection, and one server's run (warm-up, connect, an idle minute, join).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { ClientCommand, ClientReport } from './idle-sockets-clients.js';
import type { MemoryAnswer, MemoryRequest } from './idle-sockets-probe.js';

export const SOCKETS = Number(process.env.SOCKETS ?? 10_000);
export const THREAD_SIZE = Number(process.env.THREAD_SIZE ?? 50);
export const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 60);
export const PER_CLIENT_PROCESS = Number(process.env.SOCKETS_PER_CLIENT_PROCESS ?? 5_000);
/** Connections (and joins) under way at once, per client process. */
const IN_FLIGHT = 50;
/** Sockets connected, joined and closed before the baseline, so that code loading and first-use caches are not counted. */
export const WARM_UP = 200;
/** After connecting or joining, before memory is read: presence timers (50 ms), acknowledgements, sockets settling. */
const SETTLE_MS = 3_000;
/** Server pings every 25 s (socket.io's pingInterval): a minute idle is at least two on every socket. */
export const PINGS_EXPECTED = Math.floor(IDLE_SECONDS / 25);
const SNAPSHOTS = process.env.HEAP_SNAPSHOT_DIR;

/** The absolute path of a file beside this one (the compiled bench/ folder). */
export const bench = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The soft and hard limits on open files of this process (children inherit them), from /proc (Linux). */
export function openFileLimits(): { soft: number; hard: number } {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [soft, hard] = (line?.match(/\d+|unlimited/g) ?? []).map((v) =>
    v === 'unlimited' ? Infinity : Number(v),
  );
  return { soft: soft ?? 1024, hard: hard ?? 1024 };
}

/**
 * Starts `node <execArgv> <entry>` with IPC and `env` added, with at least `openFiles` file descriptors (raised up
 * to the hard limit through the shell's ulimit when the inherited soft limit is lower), and answers once it says
 * 'ready'.
 */
export function startNode(
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

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export interface Memory {
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

export interface Server {
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

export interface Outcome {
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

export async function measure(server: Server, tokens: string[]): Promise<Outcome> {
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
