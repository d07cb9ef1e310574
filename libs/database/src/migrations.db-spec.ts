import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { openDataSource } from '../../../test/support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { migrate, pendingSchemaChanges } from './data-source.js';
import { MIGRATIONS } from './migrations/index.js';

describe('migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('agree with the entities (run `npm run migration:generate -- <Name>` when this fails)', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('have all been applied, and applying them again does nothing', async () => {
    const applied = await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await migrate(db.url)).toEqual([]);
  });

  it('can be reverted and applied again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(
      await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'members'"),
    ).toHaveLength(0);
    expect((await migrate(db.url)).length).toBe(MIGRATIONS.length);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
