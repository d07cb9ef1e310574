import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { jobsSettled } from './until.js';

type QueryPrototype = { query: (...args: unknown[]) => unknown };

/** Runs `work` and answers how many SQL statements the app sent to PostgreSQL meanwhile (to prove no N+1). */
export async function countStatements(app: INestApplication, work: () => Promise<unknown>): Promise<number> {
  await jobsSettled((sql) => app.get(DataSource).query(sql));
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
