// Running the built apps as an operator does (node dist/apps/<app>/src/main.js), from a test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';

export interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * Builds dist/ (incrementally). Test files run in parallel: a lock folder keeps two builds from writing the same
 * files at once, so a process never starts from half-written output.
 */
export async function buildDist(): Promise<void> {
  const lock = 'dist-build.lock';
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${lock} is still held after 2 minutes; remove it if stale.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json']);
  } finally {
    rmdirSync(lock);
  }
}

export function run(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Run {
  const child = spawn(process.execPath, [entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': the process may have ended before the last of what it wrote has been read.
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exit,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}

export async function waitFor(runState: Run, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!runState.output().includes(text)) {
    if (Date.now() > deadline || runState.child.exitCode !== null) {
      throw new Error(`"${text}" did not appear. Output:\n${runState.output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `url` answers 200 (a health endpoint). */
export async function waitForHealthy(runState: Run, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline || runState.child.exitCode !== null) {
      throw new Error(`${url} did not answer. Output:\n${runState.output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The test's environment without its database and jest's flags, plus `extra`. */
export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, NODE_OPTIONS: _jest, ...env } = process.env;
  return { ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...extra };
}
