import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('regions, topics and cohorts', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let memberToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
    const member = await newMember(platform.db, { topics: ['maternity'] });
    memberToken = await platform.login(member.email, MEMBER_PASSWORD);
  });

  afterAll(() => platform.close());

  it('has the ten UK regions with stable codes and at least 20 starting topics', async () => {
    const result = await platform.graphql<{
      regions: Array<{ code: string; name: string }>;
      topics: Array<{ slug: string }>;
    }>('{ regions { code name } topics { slug name } }', {}, memberToken);
    expect(result.data!.regions.map((r) => r.code)).toEqual([
      'EAST_OF_ENGLAND',
      'LONDON',
      'MIDLANDS',
      'NORTH_EAST_AND_YORKSHIRE',
      'NORTH_WEST',
      'SOUTH_EAST',
      'SOUTH_WEST',
      'SCOTLAND',
      'WALES',
      'NORTHERN_IRELAND',
    ]);
    expect(result.data!.topics.length).toBeGreaterThanOrEqual(20);
    expect(result.data!.topics.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['co-production', 'mental-health', 'maternity', 'long-term-conditions']),
    );
  });

  it('lets admins add topics and cohorts, and nobody else', async () => {
    const topic = await platform.graphql<{ createTopic: { slug: string; name: string } }>(
      'mutation { createTopic(input: { name: "Sickle cell" }) { slug name } }',
      {},
      adminToken,
    );
    expect(topic.data!.createTopic).toEqual({ slug: 'sickle-cell', name: 'Sickle cell' });
    const cohort = await platform.graphql<{ createCohort: { name: string; year: number } }>(
      'mutation { createCohort(input: { name: "Spring", year: 2025 }) { name year } }',
      {},
      adminToken,
    );
    expect(cohort.data!.createCohort).toEqual({ name: 'Spring', year: 2025 });
    expect(
      (await platform.graphql<{ cohorts: unknown[] }>('{ cohorts { name year } }', {}, memberToken)).data!
        .cohorts,
    ).toContainEqual({ name: 'Spring', year: 2025 });

    expect(
      (await platform.graphql('mutation { createTopic(input: { name: "Mine" }) { slug } }', {}, memberToken))
        .errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await platform.graphql(
          'mutation { createCohort(input: { name: "Mine", year: 2025 }) { id } }',
          {},
          memberToken,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await platform.graphql('mutation { createTopic(input: { name: "Mine" }) { slug } }')).errors?.[0]
        ?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (
        await platform.graphql(
          'mutation { createTopic(input: { name: "Sickle cell" }) { slug } }',
          {},
          adminToken,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('CONFLICT');
    expect(
      (
        await platform.graphql(
          'mutation { createCohort(input: { name: "Spring", year: 1850 }) { id } }',
          {},
          adminToken,
        )
      ).errors?.[0]?.extensions.fields,
    ).toEqual({ year: expect.any(String) });
    expect(
      (
        await platform.graphql(
          'mutation { createTopic(input: { name: "Bad", slug: "Bad Slug" }) { slug } }',
          {},
          adminToken,
        )
      ).errors?.[0]?.extensions.fields,
    ).toEqual({ slug: expect.any(String) });
  });

  it('renames a topic without breaking filters that use its slug', async () => {
    const before = await platform.graphql<{ members: { totalCount: number } }>(
      '{ members(filter: { topics: ["maternity"] }) { totalCount } }',
      {},
      memberToken,
    );
    const renamed = await platform.graphql<{ renameTopic: { slug: string; name: string } }>(
      'mutation { renameTopic(slug: "maternity", name: "Maternity care") { slug name } }',
      {},
      adminToken,
    );
    expect(renamed.data!.renameTopic).toEqual({ slug: 'maternity', name: 'Maternity care' });
    const after = await platform.graphql<{
      members: { totalCount: number; facets: { topics: Array<{ value: string }> } };
    }>(
      '{ members(filter: { topics: ["maternity"] }) { totalCount facets { topics { value } } } }',
      {},
      memberToken,
    );
    expect(after.data!.members.totalCount).toBe(before.data!.members.totalCount);
    expect(after.data!.members.totalCount).toBeGreaterThan(0);
    expect(
      (
        await platform.graphql(
          'mutation { renameTopic(slug: "maternity", name: "No") { slug } }',
          {},
          memberToken,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });
});
