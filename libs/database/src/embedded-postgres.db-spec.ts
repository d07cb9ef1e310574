import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

async function query(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Array<Record<string, unknown>>;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  const parent = mkdtempSync(join(tmpdir(), 'confer-embedded-'));
  chmodSync(parent, 0o755); // PostgreSQL runs as its own user when we are root
  const dataDir = join(parent, 'postgres');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('keeps data between runs, is reused by a second process for the same folder, and stops cleanly', async () => {
    const first = await startEmbeddedPostgres(dataDir);
    expect(first.owned).toBe(true);
    expect(first.url).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    const second = await startEmbeddedPostgres(dataDir);
    expect(second.owned).toBe(false);
    expect(second.url).toBe(first.url);
    await first.stop();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    const again = await startEmbeddedPostgres(dataDir);
    try {
      expect(await query(again.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await again.stop();
    }
  });
});
