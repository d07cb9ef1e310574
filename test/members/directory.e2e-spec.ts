import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { countStatements } from '../support/statement-counter.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const SEARCH = `query($filter: MemberFilter, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id displayName } }
    pageInfo { hasNextPage endCursor }
    facets { regions { value count } topics { value count } leaderTypes { value count } }
  } }`;

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; displayName: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: Record<'regions' | 'topics' | 'leaderTypes', Array<{ value: string; count: number }>>;
}

describe('the directory', () => {
  let platform: TestPlatform;
  let token: string;
  let cohortId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const adminToken = await platform.login(ADMIN.email, ADMIN.password);
    cohortId = (
      await platform.graphql<{ createCohort: { id: string } }>(
        'mutation { createCohort(input: { name: "Autumn", year: 2023 }) { id } }',
        {},
        adminToken,
      )
    ).data!.createCohort.id;
    // The admin account is listed too; keep it out of the way of these counts.
    await platform.db.query(
      "UPDATE member_profiles SET listed_in_directory = false, in_directory = false WHERE handle LIKE 'admin%'",
    );
    const db = platform.db;
    await newMember(db, {
      displayName: 'Priya Shah',
      leaderType: 'PATIENT_LEADER',
      regionCode: 'LONDON',
      topics: ['maternity', 'co-production'],
      openToPairing: true,
      headline: 'Patient leader in maternity services',
      cohortId,
    });
    await newMember(db, {
      displayName: 'John Smith',
      leaderType: 'HEALTHCARE_PROFESSIONAL',
      regionCode: 'LONDON',
      topics: ['mental-health'],
      openToPairing: true,
      bio: 'Consultant psychiatrist working on crisis care.',
    });
    await newMember(db, {
      displayName: 'Catherine Jones',
      leaderType: 'HEALTHCARE_MANAGER',
      regionCode: 'NORTH_WEST',
      topics: ['mental-health', 'co-production'],
      organisation: 'Manchester Community Trust',
    });
    await newMember(db, {
      displayName: 'Mohammed Ali',
      leaderType: 'CARER_LEADER',
      regionCode: 'MIDLANDS',
      topics: ['carers', 'dementia'],
      openToPairing: true,
    });
    await newMember(db, {
      displayName: "Siobhan O'Neill",
      leaderType: 'PATIENT_LEADER',
      regionCode: 'NORTHERN_IRELAND',
      topics: ['diabetes'],
      bio: 'Living well with an insulin pump.',
    });
    await newMember(db, {
      displayName: 'Gareth Evans',
      leaderType: 'COMMUNITY_LEADER',
      regionCode: 'WALES',
      topics: ['health-inequalities'],
      jobTitle: 'Community organiser',
    });
    await newMember(db, {
      displayName: 'Hana Quiet',
      regionCode: 'LONDON',
      topics: ['cancer'],
      bio: 'My secretword is here.',
      visibility: { REGION: 'PRIVATE', TOPICS: 'GROUP_PEERS', BIO: 'PRIVATE' },
    });
    await newMember(db, { displayName: 'Ursula Unlisted', regionCode: 'LONDON', listedInDirectory: false });
    await newMember(db, { displayName: 'Sam Suspended', regionCode: 'LONDON', status: 'SUSPENDED' });
    await newMember(db, { displayName: 'Dee Deleted', regionCode: 'LONDON', status: 'DELETED' });
    const viewer = await newMember(db, { displayName: 'Zed Viewer', listedInDirectory: false });
    token = await platform.login(viewer.email, MEMBER_PASSWORD);
  });

  afterAll(() => platform.close());

  async function search(
    filter: Record<string, unknown> = {},
    first?: number,
    after?: string,
  ): Promise<Connection> {
    const result = await platform.graphql<{ members: Connection }>(SEARCH, { filter, first, after }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.members;
  }
  const names = (connection: Connection) => connection.edges.map((edge) => edge.node.displayName);

  it('lists listed, active members in name order; never unlisted, suspended or deleted ones', async () => {
    const all = await search();
    expect(names(all)).toEqual([
      'Catherine Jones',
      'Gareth Evans',
      'Hana Quiet',
      'John Smith',
      'Mohammed Ali',
      'Priya Shah',
      "Siobhan O'Neill",
    ]);
    expect(all.totalCount).toBe(7);
  });

  it.each([
    ['a full name', 'Priya Shah', 'Priya Shah'],
    ['a first name while typing', 'pri', 'Priya Shah'],
    ['a misspelt first name', 'Pryia', 'Priya Shah'],
    ['a misspelt full name', 'Jonh Smiht', 'John Smith'],
    ['another spelling', 'Katherine', 'Catherine Jones'],
    ['another spelling', 'Mohamed', 'Mohammed Ali'],
    ['a handle', 'm-', undefined],
    ['a word in a bio, stemmed', 'psychiatrists', 'John Smith'],
    ['an organisation', 'manchester', 'Catherine Jones'],
    ['a job title', 'organiser', 'Gareth Evans'],
    ['a headline', 'maternity', 'Priya Shah'],
  ])('finds by %s (%s)', async (_what, text, expected) => {
    const found = await search({ text });
    if (expected) expect(names(found)[0]).toBe(expected);
    else expect(found.totalCount).toBeGreaterThan(0);
  });

  it('never matches, filters or counts what a member keeps from others', async () => {
    expect((await search({ text: 'secretword' })).totalCount).toBe(0);
    expect(names(await search({ regions: ['LONDON'] }))).toEqual(['John Smith', 'Priya Shah']);
    expect((await search({ topics: ['cancer'] })).totalCount).toBe(0);
    const facets = (await search()).facets;
    expect(facets.regions).toContainEqual({ value: 'LONDON', count: 2 });
    expect(facets.topics.find((t) => t.value === 'cancer')).toBeUndefined();
  });

  it.each([
    [{ regions: ['LONDON', 'WALES'] }, ['Gareth Evans', 'John Smith', 'Priya Shah']],
    [{ topics: ['mental-health'] }, ['Catherine Jones', 'John Smith']],
    [{ topics: ['mental-health', 'diabetes'] }, ['Catherine Jones', 'John Smith', "Siobhan O'Neill"]],
    [{ leaderTypes: ['PATIENT_LEADER'] }, ['Priya Shah', "Siobhan O'Neill"]],
    [{ openToPairing: true }, ['John Smith', 'Mohammed Ali', 'Priya Shah']],
    [{ regions: ['LONDON'], topics: ['co-production'] }, ['Priya Shah']],
    [{ regions: ['LONDON'], leaderTypes: ['HEALTHCARE_PROFESSIONAL'], openToPairing: true }, ['John Smith']],
    [
      { topics: ['co-production'], leaderTypes: ['HEALTHCARE_MANAGER'], text: 'catherine' },
      ['Catherine Jones'],
    ],
    [{ regions: ['SCOTLAND'] }, []],
  ])('filters %j', async (filter, expected) => {
    const found = await search(filter);
    expect(names(found)).toEqual(expected);
    expect(found.totalCount).toBe(expected.length);
  });

  it('filters by cohort', async () => {
    expect(names(await search({ cohortIds: [cohortId] }))).toEqual(['Priya Shah']);
  });

  it('counts each facet with every filter but its own', async () => {
    const { facets, totalCount } = await search({ regions: ['LONDON'], leaderTypes: ['PATIENT_LEADER'] });
    expect(totalCount).toBe(1);
    // Regions: counted with the leader-type filter only.
    expect(facets.regions).toEqual([
      { value: 'LONDON', count: 1 },
      { value: 'NORTHERN_IRELAND', count: 1 },
    ]);
    // Leader types: counted with the region filter only.
    expect(facets.leaderTypes).toEqual([
      { value: 'HEALTHCARE_PROFESSIONAL', count: 1 },
      { value: 'PATIENT_LEADER', count: 1 },
    ]);
    // Topics: counted with both.
    expect(facets.topics).toEqual([
      { value: 'co-production', count: 1 },
      { value: 'maternity', count: 1 },
    ]);
  });

  it('reflects a profile change in the very next search', async () => {
    const moving = await newMember(platform.db, {
      displayName: 'Mo Ving',
      regionCode: 'WALES',
      listedInDirectory: true,
    });
    const movingToken = await platform.login(moving.email, MEMBER_PASSWORD);
    expect(names(await search({ regions: ['WALES'] }))).toContain('Mo Ving');
    await platform.graphql(
      'mutation { updateProfile(input: { regionCode: "SCOTLAND" }) { id } }',
      {},
      movingToken,
    );
    expect(names(await search({ regions: ['WALES'] }))).not.toContain('Mo Ving');
    expect(names(await search({ regions: ['SCOTLAND'] }))).toEqual(['Mo Ving']);
    await platform.graphql(
      'mutation { updateProfile(input: { listedInDirectory: false }) { id } }',
      {},
      movingToken,
    );
    expect((await search({ regions: ['SCOTLAND'] })).totalCount).toBe(0);
  });

  it('pages by cursor without repeating or skipping anyone, even as members join', async () => {
    const first = await search({}, 3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    await newMember(platform.db, { displayName: 'Aaron Early' }); // sorts before everyone already seen
    await newMember(platform.db, { displayName: 'Zoe Late' });
    const second = await search({}, 3, first.pageInfo.endCursor!);
    const third = await search({}, 3, second.pageInfo.endCursor!);
    const seen = [...names(first), ...names(second), ...names(third)];
    expect(seen).toEqual([
      'Catherine Jones',
      'Gareth Evans',
      'Hana Quiet',
      'John Smith',
      'Mohammed Ali',
      'Priya Shah',
      "Siobhan O'Neill",
      'Zoe Late',
    ]);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through relevance order too', async () => {
    const pages: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search({ text: 'o' }, 2, after);
      pages.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.length).toBe((await search({ text: 'o' }, 100)).totalCount);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { topics: ['no-such-topic'] } }, 'topics'],
    [{ filter: { regions: ['ATLANTIS'] } }, 'regions'],
    [{ filter: { cohortIds: ['nope'] } }, 'cohortIds'],
    [{ filter: { text: 'x'.repeat(201) } }, 'text'],
  ])('refuses %j naming the argument', async (variables, field) => {
    const result = await platform.graphql(SEARCH, variables, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await platform.graphql(SEARCH, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('runs the same number of SQL statements for a page of 10, 50 or 100 members', async () => {
    for (let i = 0; i < 100; i++)
      await newMember(platform.db, {
        displayName: `Bulk Member ${String(i).padStart(3, '0')}`,
        regionCode: 'SOUTH_WEST',
        topics: ['cancer'],
      });
    const counts: number[] = [];
    const PAGE = `query($first: Int) { members(first: $first) { totalCount edges { node { id handle displayName headline
      region { name } topics { slug } cohort { name } pairedWith { id } } } facets { regions { value count } } } }`;
    for (const first of [10, 50, 100]) {
      // Warm first, so that a cache refilling on its own schedule (the taxonomy, every 30 s) is not counted.
      await platform.graphql(PAGE, { first }, token);
      let edges: unknown[] = [];
      counts.push(
        await countStatements(platform.api, async () => {
          edges = (await platform.graphql<{ members: Connection }>(PAGE, { first }, token)).data!.members
            .edges;
        }),
      );
      expect(edges).toHaveLength(first);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });
});
