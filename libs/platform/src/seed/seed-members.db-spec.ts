import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { seedMembers } from './seed-members.js';

const MEMBERS = 600;
const SEED = 7;

interface SeededRow {
  email: string;
  display_name: string;
  region_code: string | null;
  topic_ids: number[];
}

const SEEDED_ROWS = `
  SELECT m.email, p.display_name, p.region_code, p.topic_ids
  FROM members m JOIN member_profiles p ON p.member_id = m.id
  ORDER BY m.email`;

describe('seedMembers', () => {
  let db: TestDatabase;
  let first: { created: number; ms: number };

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await seedMembers(db.url, { members: MEMBERS, seed: SEED });
  });

  afterAll(async () => {
    await db.drop();
  });

  it('creates the members and their profiles', async () => {
    expect(first.created).toBe(MEMBERS);
    const [counts] = await db.query<{ members: number; profiles: number; emails: number; handles: number }>(
      `SELECT (SELECT count(*)::int FROM members) AS members,
              (SELECT count(*)::int FROM member_profiles) AS profiles,
              (SELECT count(DISTINCT email)::int FROM members WHERE email LIKE 'seed${SEED}-%@example.org') AS emails,
              (SELECT count(*)::int FROM members WHERE handle ~ '^[a-z0-9_-]{3,30}$') AS handles`,
    );
    expect(counts).toEqual({ members: MEMBERS, profiles: MEMBERS, emails: MEMBERS, handles: MEMBERS });
    const [member] = await db.query<{ email: string; handle: string; same_names: boolean }>(
      `SELECT m.email, m.handle, m.display_name = p.display_name AND m.handle = p.handle AS same_names
       FROM members m JOIN member_profiles p ON p.member_id = m.id WHERE m.email = $1`,
      [`seed${SEED}-42@example.org`],
    );
    expect(member.handle).toMatch(new RegExp(`-s${SEED}-42$`));
    expect(member.same_names).toBe(true);
  });

  it('creates nothing when run again with the same seed and count, and only the missing ones for more', async () => {
    expect(await seedMembers(db.url, { members: MEMBERS, seed: SEED })).toMatchObject({ created: 0 });
    expect(await seedMembers(db.url, { members: MEMBERS + 5, seed: SEED })).toMatchObject({ created: 5 });
    const [{ count }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM members');
    expect(count).toBe(MEMBERS + 5);
    await db.query(`DELETE FROM members WHERE split_part(split_part(email, '-', 2), '@', 1)::int > $1`, [
      MEMBERS,
    ]);
    const [{ count: after }] = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM members',
    );
    expect(after).toBe(MEMBERS);
  });

  it('gives the same members for the same seed in another database', async () => {
    const other = await createTestDatabase();
    try {
      expect(await seedMembers(other.url, { members: MEMBERS, seed: SEED })).toMatchObject({
        created: MEMBERS,
      });
      const mine = await db.query<SeededRow>(SEEDED_ROWS);
      const theirs = await other.query<SeededRow>(SEEDED_ROWS);
      expect(theirs).toHaveLength(MEMBERS);
      expect(theirs).toEqual(mine);

      // ...and different members for another seed.
      await seedMembers(other.url, { members: 50, seed: SEED + 1 });
      const names = await other.query<{ seed: string; names: string[] }>(
        `SELECT split_part(email, '-', 1) AS seed, array_agg(display_name ORDER BY email) AS names
         FROM members WHERE split_part(split_part(email, '-', 2), '@', 1)::int <= 50 GROUP BY 1 ORDER BY 1`,
      );
      expect(names).toHaveLength(2);
      expect(names[0].names).not.toEqual(names[1].names);
    } finally {
      await other.drop();
    }
  });

  it('spreads members over every leader type, most regions and most topics', async () => {
    const leaderTypes = await db.query<{ leader_type: string }>(
      'SELECT DISTINCT leader_type::text FROM member_profiles ORDER BY 1',
    );
    expect(leaderTypes.map((r) => r.leader_type)).toEqual([
      'CARER_LEADER',
      'COMMUNITY_LEADER',
      'HEALTHCARE_MANAGER',
      'HEALTHCARE_PROFESSIONAL',
      'OTHER',
      'PATIENT_LEADER',
    ]);
    const [spread] = await db.query<{ regions: number; topics: number; cohorts: number; topicless: number }>(
      `SELECT (SELECT count(DISTINCT region_code)::int FROM member_profiles) AS regions,
              (SELECT count(DISTINCT t)::int FROM member_profiles, unnest(topic_ids) t) AS topics,
              (SELECT count(DISTINCT cohort_id)::int FROM member_profiles) AS cohorts,
              (SELECT count(*)::int FROM member_profiles
                WHERE cardinality(topic_ids) NOT BETWEEN 1 AND 4 OR region_code IS NULL) AS topicless`,
    );
    expect(spread.regions).toBeGreaterThanOrEqual(8);
    expect(spread.topics).toBeGreaterThanOrEqual(10);
    expect(spread.cohorts).toBe(12);
    expect(spread.topicless).toBe(0);
  });

  it('leaves the directory columns to the trigger', async () => {
    const [columns] = await db.query<{
      searchable: number;
      named: number;
      listed: number;
      in_directory: number;
    }>(
      `SELECT count(*) FILTER (WHERE search IS NOT NULL)::int AS searchable,
              count(*) FILTER (WHERE name_key = lower(display_name))::int AS named,
              count(*) FILTER (WHERE listed_in_directory)::int AS listed,
              count(*) FILTER (WHERE in_directory)::int AS in_directory
       FROM member_profiles`,
    );
    expect(columns.searchable).toBe(MEMBERS);
    expect(columns.named).toBe(MEMBERS);
    expect(columns.in_directory).toBe(columns.listed);
    expect(columns.listed).toBeLessThan(MEMBERS);
  });

  it('never puts a region kept from members into the directory', async () => {
    const [regions] = await db.query<{ hidden: number; leaked: number; shown: number }>(
      `SELECT count(*) FILTER (WHERE visibility->>'REGION' <> 'MEMBERS')::int AS hidden,
              count(*) FILTER (WHERE visibility->>'REGION' <> 'MEMBERS' AND dir_region_code IS NOT NULL)::int AS leaked,
              count(*) FILTER (WHERE visibility->>'REGION' IS NULL AND dir_region_code = region_code)::int AS shown
       FROM member_profiles`,
    );
    expect(regions.hidden).toBeGreaterThan(0);
    expect(regions.leaked).toBe(0);
    expect(regions.shown).toBe(MEMBERS - regions.hidden);
  });

  it('finds a seeded member by a word of their bio', async () => {
    const [member] = await db.query<{ member_id: string; bio: string }>(
      `SELECT member_id, bio FROM member_profiles
       WHERE in_directory AND bio ILIKE '%maternity%' AND coalesce(visibility->>'BIO', 'MEMBERS') = 'MEMBERS'
         AND concat(headline, job_title, organisation) NOT ILIKE '%maternity%'
       ORDER BY handle LIMIT 1`,
    );
    expect(member).toBeDefined();
    const found = await db.query<{ member_id: string }>(
      `SELECT member_id FROM member_profiles WHERE in_directory AND search @@ websearch_to_tsquery('english', $1)`,
      ['maternity'],
    );
    expect(found.map((r) => r.member_id)).toContain(member.member_id);
  });
});
