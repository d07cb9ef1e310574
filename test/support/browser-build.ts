// The web app's build (dist/web) for browser tests: made by the first test file that needs it when it is missing
// or older than its sources, so that `npm test` on a fresh clone needs no earlier `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB_BUILD_INDEX = 'dist/web/index.html';
const SOURCES = ['apps/web', 'libs/client/src', 'libs/realtime-contract/src', 'package-lock.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

function isFresh(): boolean {
  if (!existsSync(WEB_BUILD_INDEX)) return false;
  const built = statSync(WEB_BUILD_INDEX).mtimeMs;
  return SOURCES.every((source) => !existsSync(source) || newestChange(source) <= built);
}

/** Builds dist/web unless it is up to date; a lock folder keeps test files running in parallel from building at once. */
export async function ensureWebBuild(): Promise<void> {
  if (isFresh()) return;
  const lock = 'dist-web-build.lock';
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
    if (!isFresh()) {
      execFileSync(
        process.execPath,
        [
          'node_modules/vite/bin/vite.js',
          'build',
          '--config',
          'apps/web/vite.config.js',
          '--logLevel',
          'error',
        ],
        // Jest sets NODE_ENV=test, which would give React's development build (StrictMode runs effects twice):
        // test what members get.
        {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production' },
        },
      );
    }
  } finally {
    rmdirSync(lock);
  }
}
