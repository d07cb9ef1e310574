import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ABUSE_LIMITS_ENV, LOGIN, codeOf, send } from '../support/abuse-limits.js';
import { createEventAs } from '../support/events.js';
import { signedInPerson } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** Abuse limits on GraphQL requests: depth, one login a request, aliases, cost, tokens and body size. */
describe('abuse limits (issue 8, item 4)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(ABUSE_LIMITS_ENV);
  });

  afterAll(() => platform.close());

  describe('GraphQL requests', () => {
    let token: string;

    beforeEach(async () => {
      token ??= (await signedInPerson(platform, 'Query Writer')).token;
    });

    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      send(platform.apiUrl, { query, variables }, { authorization: `Bearer ${token}` });

    it('refuses a query nested 11 deep, and answers one 10 deep', async () => {
      // One list without paging only: `me.groups` is priced at its cap (100), so two nested would cost too much.
      const ten =
        '{ me { groups { events(first: 1) { group { members(first: 1) { edges { node { member { region { code } } } } } } } } } }';
      const eleven = ten.replace('member { region { code } }', 'member { groups { region { code } } }');
      expect((await ask(ten)).body.errors).toBeUndefined();
      const refused = await ask(eleven);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toEqual({
        message: 'This query is nested 11 levels deep; at most 10 are allowed.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses a request that signs in more than once, with aliases or fragments, and counts none of it', async () => {
      const aliased = await send(platform.apiUrl, {
        query: `mutation {
          a: login(input: { email: "alias-target@example.org", password: "guess one here" }) { accessToken }
          b: login(input: { email: "alias-target@example.org", password: "guess two here" }) { accessToken }
        }`,
      });
      expect(aliased.status).toBe(400);
      expect(aliased.body.errors?.[0]).toMatchObject({
        message: 'Only one login is allowed in a request (this one has 2).',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const fragments = await send(platform.apiUrl, {
        query: `mutation { ...A ...B }
          fragment A on Mutation { a: login(input: { email: "alias-target@example.org", password: "guess three" }) { accessToken } }
          fragment B on Mutation { b: login(input: { email: "alias-target@example.org", password: "guess four!" }) { accessToken } }`,
      });
      expect(codeOf(fragments)).toBe('BAD_USER_INPUT');
      expect(
        await platform.db.query("SELECT 1 FROM throttle_counters WHERE key LIKE '%alias-target@example.org'"),
      ).toEqual([]);
      // Batches (a JSON array of operations) are refused too.
      const batch = await send(platform.apiUrl, [
        { query: LOGIN, variables: { i: { email: 'alias-target@example.org', password: 'batched one' } } },
        { query: LOGIN, variables: { i: { email: 'alias-target@example.org', password: 'batched two' } } },
      ]);
      expect(batch.status).toBe(400);
      expect(batch.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/one GraphQL operation per request/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses more than 15 aliases', async () => {
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      expect((await ask(aliases(15))).body.errors).toBeUndefined();
      const refused = await ask(aliases(16));
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: 'This query uses 16 aliases; at most 15 are allowed.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses a query that would ask for too much, counting pages from the variables', async () => {
      const nested = `query($outer: Int, $inner: Int) {
        groups(first: $outer, filter: { joinedOnly: true }) { edges { node { members(first: $inner) { edges { node { id member { handle displayName } } } } } } } }`;
      expect((await ask(nested, { outer: 10, inner: 10 })).body).toEqual({ data: { groups: { edges: [] } } });
      const refused = await ask(nested, { outer: 100, inner: 100 });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /This query asks for too much at once \(a cost of [\d,]+; at most 10,000\)/,
        ),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      // The directory's largest page with every field is well within the limit.
      const directory = `{ members(first: 100) { totalCount edges { cursor node { id handle displayName pronouns headline
        bio livedExperience leaderType organisation jobTitle region { code name } topics { slug name }
        cohort { id name year } openToPairing avatarUrl joinedAt role } } pageInfo { hasNextPage endCursor }
        facets { regions { value count } topics { value count } leaderTypes { value count } } } }`;
      expect((await ask(directory)).body.errors).toBeUndefined();
    });

    it('prices and cuts lists without paging at their cap: a member in 150 groups, an event with 600 going (issue 17)', async () => {
      const busy = await signedInPerson(platform, 'Joins Everything');
      await platform.db.query(
        `INSERT INTO groups (slug, name, description, rules, created_by_id)
           SELECT 'joined-' || i, 'Joined group ' || i, repeat('d', 2000), repeat('r', 4000), $1
             FROM generate_series(1, 150) AS i`,
        [busy.id],
      );
      await platform.db.query(
        `INSERT INTO group_memberships (group_id, member_id, role, status)
           SELECT id, $1, 'OWNER', 'ACTIVE' FROM groups WHERE slug LIKE 'joined-%'`,
        [busy.id],
      );
      const asBusy = (query: string) =>
        send(platform.apiUrl, { query }, { authorization: `Bearer ${busy.token}` });
      const fifteen = (selection: string) =>
        `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

      // Fifteen copies of every group in full was answered (13 MB); now it is refused before anything runs.
      const greedy = await asBusy(
        fifteen('me { groups { id slug name description rules topics { slug name } } }'),
      );
      expect(greedy.status).toBe(400);
      expect(greedy.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/This query asks for too much at once/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(greedy.text.length).toBeLessThan(1_000);
      // What is let through answers at most 100 groups a list (all of them are paged by `groups`).
      const modest = await asBusy(fifteen('me { groups { id name } }'));
      expect(modest.body.errors).toBeUndefined();
      const lists = Object.values(modest.body.data!) as Array<{ groups: unknown[] }>;
      expect(lists.map((me) => me.groups.length)).toEqual(Array<number>(15).fill(100));
      expect(modest.text.length).toBeLessThan(200_000);

      const organiser = await signedInPerson(platform, 'Runs Big Events', { role: 'ORGANISER' });
      const event = await createEventAs(platform, organiser, { title: 'A very big day' });
      await platform.db.query(
        `INSERT INTO members (email, handle, display_name, role, status)
           SELECT 'crowd-' || i || '@example.org', 'crowd-' || i, 'Crowd member ' || i, 'MEMBER', 'ACTIVE'
             FROM generate_series(1, 600) AS i`,
      );
      await platform.db.query(
        `INSERT INTO member_profiles (member_id, display_name, handle)
           SELECT id, display_name, handle FROM members WHERE handle LIKE 'crowd-%'`,
      );
      await platform.db.query(
        `INSERT INTO event_rsvps (event_id, member_id, status)
           SELECT $1, id, 'GOING' FROM members WHERE handle LIKE 'crowd-%'`,
        [event.id],
      );
      await platform.db.query('UPDATE events SET going_count = 600 WHERE id = $1', [event.id]);
      const asOrganiser = (query: string) =>
        send(platform.apiUrl, { query }, { authorization: `Bearer ${organiser.token}` });
      const attendees = `event(id: "${event.id}") { attendees { going { memberId handle displayName leaderType answeredAt status } } }`;
      const crowd = await asOrganiser(fifteen(attendees));
      expect(crowd.status).toBe(400);
      expect(crowd.body.errors?.[0]?.message).toMatch(/This query asks for too much at once/);
      const once = await asOrganiser(`{ ${attendees} }`);
      expect(once.body.errors).toBeUndefined();
      expect(
        (once.body.data as { event: { attendees: { going: unknown[] } } }).event.attendees.going,
      ).toHaveLength(500);
    });

    it('refuses a query of more than 5,000 tokens', async () => {
      const refused = await ask(`{ ${'__typename '.repeat(5_001)}}`);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    });

    it('answers a body over 100 kB with 413 and a plain message, and a body that is not JSON with 400', async () => {
      const huge = await send(platform.apiUrl, {
        query: LOGIN,
        variables: { i: { email: 'big@example.org', password: 'x'.repeat(150 * 1024) } },
      });
      expect(huge.status).toBe(413);
      expect(huge.body).toEqual({
        errors: [
          {
            message: 'This request is too large: at most 100 kB is accepted.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      const broken = await send(platform.apiUrl, '{"query": "{ me { id } }"');
      expect(broken.status).toBe(400);
      expect(broken.body.errors?.[0]).toEqual({
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(broken.text).not.toMatch(/at \w+ \(|node_modules|<html/i);
    });
  });
});
