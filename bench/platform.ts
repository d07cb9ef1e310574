// What the benchmarks start and watch: a database (an embedded PostgreSQL in a folder of the run's own, or
// DATABASE_URL's), the built apps each in a process of its own, seeded members signed in through GraphQL, and the CPU
// those processes use.
import { fork, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, migrate, startEmbeddedPostgres } from '#libs/database';
import { SEEDED_MEMBER_PASSWORD } from '#libs/platform';
import { graphqlAt } from './graphql-client.js';

type Graphql = ReturnType<typeof graphqlAt>;

export interface BenchDatabase {
  url: string;
  /** For the printout: 'embedded PostgreSQL 18' or 'DATABASE_URL'. */
  name: string;
  /** Stops the embedded server (if any) and removes the run's folder. */
  close: () => Promise<void>;
}

/** A migrated database: DATABASE_URL's, or else an embedded PostgreSQL in a new folder named after `bench`. */
export async function benchDatabase(bench: string): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `confer-bench-${bench}-`));
  chmodSync(dir, 0o755);
  const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(join(dir, 'postgres'));
  const url = process.env.DATABASE_URL ?? server!.url;
  await migrate(url);
  return {
    url,
    name: server ? 'embedded PostgreSQL 18' : 'DATABASE_URL',
    close: async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Forks `entry` with `env` added, and answers once it says it is ready (an IPC message). */
export function startProcess(entry: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // PROFILE_DIR=/some/folder writes a CPU profile of each Confer process there (open it in Chrome's DevTools).
  const profile = process.env.PROFILE_DIR && entry.includes('apps/');
  const child = fork(entry, [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
}

export interface Confer {
  api: ChildProcess;
  /** With `realtime: true`. */
  realtime?: ChildProcess;
  realtimeUrl: string;
  /** GraphQL to the API: answers `data`, throws on `errors`. */
  graphql: Graphql;
  /** Stops the processes (SIGTERM) and waits until they have exited. */
  stop: () => Promise<void>;
}

/** The built API (and with `realtime`, the realtime service) on `databaseUrl` in production mode, `env` added. */
export async function startConfer(
  databaseUrl: string,
  { realtime = false, env = {} }: { realtime?: boolean; env?: Record<string, string> } = {},
): Promise<Confer> {
  const [apiPort, realtimePort] = [await freePort(), await freePort()];
  const common = {
    NODE_ENV: 'production',
    MAIL_OUTBOX_ONLY: 'true',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'confer-bench-secret-that-is-long-enough',
    API_PORT: String(apiPort),
    REALTIME_PORT: String(realtimePort),
    ...env,
  };
  const api = await startProcess('dist/apps/api/src/main.js', common);
  const realtimeProcess = realtime ? await startProcess('dist/apps/realtime/src/main.js', common) : undefined;
  return {
    api,
    realtime: realtimeProcess,
    realtimeUrl: `http://127.0.0.1:${realtimePort}`,
    graphql: graphqlAt(`http://127.0.0.1:${apiPort}/graphql`),
    stop: () => stopProcesses(realtimeProcess ? [api, realtimeProcess] : [api]),
  };
}

/** Stops `children` (SIGTERM) and waits until they have exited. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  const exited = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  children.forEach((child) => child.kill('SIGTERM'));
  await Promise.all(exited);
}

const LOGIN =
  'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';

/** Signs in as the app signs people in: a GraphQL login (argon2id verify included); answers the access token. */
export async function signIn(graphql: Graphql, email: string, password: string): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string } }>(LOGIN, { e: email, p: password });
  return login.accessToken;
}

/** Seeded members 1 to `count` of `seed` signed in, `inFlight` logins at a time; their access tokens, in order. */
export async function signInSeeded(
  graphql: Graphql,
  { seed, count, inFlight = count }: { seed: number; count: number; inFlight?: number },
): Promise<string[]> {
  const tokens = new Array<string>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const n = next++;
        tokens[n] = await signIn(graphql, `seed${seed}-${n + 1}@example.org`, SEEDED_MEMBER_PASSWORD);
      }
    }),
  );
  return tokens;
}

/**
 * CPU seconds (user + system) from a line of /proc/<pid>/stat (Linux), with `children` the time of its ended children
 * too (cutime, cstime).
 */
function statSeconds(stat: string, children = false): number {
  const fields = stat.split(') ')[1].split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return (utime + stime + (children ? cutime + cstime : 0)) / 100;
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  try {
    return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return NaN;
  }
}

/**
 * CPU seconds used so far by every PostgreSQL process on the machine (each connection is its own process), counting
 * the connections that have ended too: their time moves to the server process's children's time (cutime, cstime).
 */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.includes('(postgres)')) total += statSeconds(stat, true);
    } catch {
      // gone
    }
  }
  return total;
}

/**
 * Starts counting the CPU the processes in `pids` (by name) and every PostgreSQL process use; the function it answers
 * gives the CPU seconds each used since, by name (`postgres` for PostgreSQL's), to 0.01 s.
 */
export function cpuMeter(pids: Record<string, number>): () => Record<string, number> {
  const now = (): Record<string, number> => ({
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)])),
    postgres: postgresCpuSeconds(),
  });
  const before = now();
  return () => {
    const after = now();
    return Object.fromEntries(
      Object.keys(after).map((name) => [name, Math.round((after[name] - before[name]) * 100) / 100]),
    );
  };
}
