import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { jobsSettled } from './until.js';

type QueryPrototype = { query: (...args: unknown[]) => unknown };

/** Runs `work` and answers how many SQL statements the app sent to PostgreSQL meanwhile (to prove no N+1). */
export async function countStatements(app: INestApplication, work: () => Promise<unknown>): Promise<number> {
  return (await recordStatements(app, work)).length;
}

/** Runs `work` and answers the text of each SQL statement the app sent to PostgreSQL meanwhile, in order. */
export async function recordStatements(
  app: INestApplication,
  work: () => Promise<unknown>,
): Promise<string[]> {
  await jobsSettled((sql) => app.get(DataSource).query(sql));
  const driver = app.get(DataSource).driver as unknown as {
    postgres: { Client: { prototype: QueryPrototype } };
    master: { _clients: unknown[] };
  };
  const prototype = driver.postgres.Client.prototype;
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    // Only the app's own pool: the job queue's workers poll through the same driver on their own schedule.
    if (driver.master._clients.includes(this)) statements.push(textOf(args[0]));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return statements;
}

function textOf(query: unknown): string {
  return typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? query);
}
