import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

type QueryPrototype = { query: (...args: unknown[]) => unknown };

/** Runs `work` and answers how many SQL statements the app sent to PostgreSQL meanwhile (to prove no N+1). */
export async function countStatements(app: INestApplication, work: () => Promise<unknown>): Promise<number> {
  await jobsDone(app.get(DataSource));
  const driver = app.get(DataSource).driver as unknown as {
    postgres: { Client: { prototype: QueryPrototype } };
    master: { _clients: unknown[] };
  };
  const prototype = driver.postgres.Client.prototype;
  const original = prototype.query;
  let statements = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    // Only the app's own pool: the job queue's workers poll through the same driver on their own schedule.
    if (driver.master._clients.includes(this)) statements += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return statements;
}

/** Waits until the job queue has nothing waiting or running (its workers use the app's pool too). */
async function jobsDone(dataSource: DataSource): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const [row] = await dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
    );
    if (row.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const stuck = await dataSource.query<unknown[]>(
    `SELECT name, state, retry_count, output FROM pgboss.job WHERE state IN ('created', 'retry', 'active') LIMIT 3`,
  );
  throw new Error(`The job queue did not settle within 10 s: ${JSON.stringify(stuck)}`);
}
