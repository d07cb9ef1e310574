import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '#libs/database';
import { JobQueue, runningJobQueues } from '#libs/jobs';

export interface TestDatabase {
  url: string;
  /** A raw client on the database, for assertions about what was stored. */
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 7_243_001;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The run's migrated template: made once, by whichever test file gets here first. */
async function ensureTemplate(admin: pg.Client, serverUrl: string, template: string): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return;
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    await migrate(databaseUrl(serverUrl, building));
    // pg-boss's own schema too, so that each test's job queue starts at once instead of creating it.
    const jobs = new JobQueue(databaseUrl(serverUrl, building), { work: false });
    await jobs.start();
    await jobs.stop();
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

/** A fresh, migrated database of this test file's own (a clone of the run's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.CONFER_TEST_SERVER_URL;
  const template = process.env.CONFER_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('The jest global setup did not run (test/support/global-setup.ts).');
  const name = `${template}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await ensureTemplate(admin, serverUrl, template);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }

  const url = databaseUrl(serverUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle client whose database is dropped (or whose server restarts) emits an error; without a listener that
  // error would end the whole test process.
  pool.on('error', () => undefined);
  return {
    url,
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await pool.query<T>(sql, params)).rows,
    drop: async () => {
      if ([...runningJobQueues()].some((queue) => queue.databaseUrl === url))
        throw new Error(
          `A job queue over ${name} still runs: stop it (close its app) before dropping the database.`,
        );
      await pool.end();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      // Closed pools have said goodbye, but the server may not have let the sessions go yet: forcing the drop
      // then would kill them mid-goodbye, and the client would report an error. Wait for them briefly first.
      for (let tries = 0; tries < 100; tries++) {
        const { rows } = await dropper.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
