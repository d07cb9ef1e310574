import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a statement as a named prepared statement on TypeORM's own pool: each connection parses and plans it once,
 * then only binds and executes it. For the few statements on hot paths (every message sent), where planning costs
 * more than executing. Not inside a transaction: use the transaction's manager there.
 */
export async function queryPrepared<T extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<T>({ name, text, values })).rows;
}
