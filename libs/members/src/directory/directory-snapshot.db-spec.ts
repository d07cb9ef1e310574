import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { newMember } from '../../../../test/support/member-factory.js';
import { openDataSource } from '../../../../test/support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { tally } from './directory-facets.js';
import { DirectorySnapshot } from './directory-snapshot.js';

const everything = { regions: null, topicIds: null, leaderTypes: null, cohortIds: null, openToPairing: null };

describe('the directory snapshot', () => {
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

  it('holds listed members in name order and follows every later write', async () => {
    await db.query('UPDATE member_profiles SET in_directory = false');
    const ana = await newMember(db, { displayName: 'Ana', regionCode: 'LONDON', topics: ['maternity'] });
    const ben = await newMember(db, { displayName: 'Ben', regionCode: 'WALES', topics: ['cancer'] });
    await newMember(db, { displayName: 'Émile', regionCode: 'WALES' });
    await newMember(db, { displayName: 'Zed', listedInDirectory: false });
    const snapshot = new DirectorySnapshot(dataSource);

    const first = await snapshot.columns();
    expect(first.nameKeys).toEqual(['ana', 'ben', 'émile']);
    expect(tally(first, { ...everything, regions: ['WALES'] }).total).toBe(2);

    // Same name: the columns change in place, no re-sort.
    await db.query("UPDATE member_profiles SET region_code = 'WALES' WHERE member_id = $1", [ana.id]);
    const second = await snapshot.columns();
    expect(second).toBe(first);
    expect(tally(second, { ...everything, regions: ['WALES'] }).total).toBe(3);

    // A new name: rebuilt, in order.
    await db.query("UPDATE member_profiles SET display_name = 'Zoë' WHERE member_id = $1", [ben.id]);
    const third = await snapshot.columns();
    expect(third).not.toBe(first);
    expect(third.nameKeys).toEqual(['ana', 'émile', 'zoë']);

    // Leaving the directory, and a member joining.
    await db.query('UPDATE member_profiles SET in_directory = false WHERE member_id = $1', [ana.id]);
    await newMember(db, { displayName: 'Bea' });
    expect((await snapshot.columns()).nameKeys).toEqual(['bea', 'émile', 'zoë']);
  });
});
