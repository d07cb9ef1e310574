// How long `npm start` takes to be ready: cold (a new data folder: initdb + migrations) and warm.
// Baseline in the same run: the embedded PostgreSQL alone, cold and warm.
// Run: npm run bench:start
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, startEmbeddedPostgres } from '#libs/database';
import { machine, summarize } from './stats.js';

const WARM_RUNS = 5;

async function timeStart(command: string, args: string[], dataDir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    API_PORT: String(await freePort()),
    REALTIME_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Confer is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${out}`)));
  });
  const elapsed = performance.now() - started;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  return elapsed;
}

async function timePostgres(dataDir: string): Promise<number> {
  const started = performance.now();
  const pg = await startEmbeddedPostgres(dataDir);
  const elapsed = performance.now() - started;
  await pg.stop();
  return elapsed;
}

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'confer-bench-start-'));
  chmodSync(dir, 0o755);
  return dir;
}

const pgDir = newDir();
const pgCold = await timePostgres(join(pgDir, 'postgres'));
const pgWarm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) pgWarm.push(await timePostgres(join(pgDir, 'postgres')));
rmSync(pgDir, { recursive: true, force: true });

const dir = newDir();
const cold = await timeStart(process.execPath, ['dist/apps/platform/src/main.js'], dir);
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++)
  warm.push(await timeStart(process.execPath, ['dist/apps/platform/src/main.js'], dir));
const viaNpm: number[] = [];
for (let i = 0; i < 3; i++) viaNpm.push(await timeStart('npm', ['start', '--silent'], dir));
rmSync(dir, { recursive: true, force: true });

console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
console.log(
  `baseline  embedded PostgreSQL alone   cold ${pgCold.toFixed(0)} ms   warm p50 ${summarize(pgWarm).p50} ms`,
);
console.log(
  `confer    node dist/apps/platform     cold ${cold.toFixed(0)} ms   warm p50 ${summarize(warm).p50} ms (max ${Math.max(...warm).toFixed(0)})`,
);
console.log(
  `confer    npm start (incl. tsc check) warm p50 ${summarize(viaNpm).p50} ms (max ${Math.max(...viaNpm).toFixed(0)})`,
);
