import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gqlAs, inviteIntoGroup, postAs, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const GROUP_THREADS = `query($id: ID!, $first: Int, $after: String) { group(id: $id) {
  threads(first: $first, after: $after) { edges { cursor node { title pinned } } pageInfo { hasNextPage endCursor } } } }`;

type Threads = {
  group: {
    threads: {
      edges: Array<{ node: { title: string; pinned: boolean } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

describe('a group’s threads (Group.threads)', () => {
  let platform: TestPlatform;
  let owner: Person;
  let member: Person;
  let outsider: Person;
  let groupId: string;
  const ids: Record<string, string> = {};

  const gql = async <T>(query: string, variables: Record<string, unknown>, who?: Person) =>
    platform.graphql<T>(query, variables, who?.token);
  const titles = async (who: Person, first = 20, after?: string) => {
    const result = await gql<Threads>(GROUP_THREADS, { id: groupId, first, after }, who);
    expect(result.errors).toBeUndefined();
    return result.data!.group.threads;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    [owner, member, outsider] = await Promise.all(
      ['Owner', 'Member', 'Outsider'].map((name) => signedInPerson(platform, name)),
    );
    const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
      platform,
      owner,
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
      { input: { name: 'Carers in the North', visibility: 'PRIVATE' } },
    );
    groupId = createGroup.id;
    await inviteIntoGroup(platform, owner, groupId, [member]);
    for (const title of ['Older', 'Rules of the group', 'Newest', 'Hidden one']) {
      const { createThread } = await gqlAs<{ createThread: { id: string } }>(
        platform,
        owner,
        'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
        { input: { groupId, title, body: `About ${title}` } },
      );
      ids[title] = createThread.id;
    }
    // They were started an hour ago (one minute apart, in order); then "Older" comes back to life with a reply; the rules are pinned; one thread is hidden by a moderator.
    await platform.db.query(
      `UPDATE threads SET last_activity_at = now() - interval '1 hour' + make_interval(mins => ord::int)
         FROM unnest($1::uuid[]) WITH ORDINALITY AS started(id, ord) WHERE threads.id = started.id`,
      [Object.values(ids)],
    );
    await postAs(platform, member, ids.Older, 'A reply');
    await gqlAs(platform, owner, 'mutation($t: ID!) { pinThread(threadId: $t) { pinned } }', {
      t: ids['Rules of the group'],
    });
    await platform.db.query('UPDATE threads SET hidden_at = now() WHERE id = $1', [ids['Hidden one']]);
  });

  afterAll(() => platform.close());

  it('lists pinned threads first, then the latest activity first, without hidden ones', async () => {
    const threads = await titles(member);
    expect(threads.edges.map((edge) => [edge.node.title, edge.node.pinned])).toEqual([
      ['Rules of the group', true],
      ['Older', false],
      ['Newest', false],
    ]);
    expect(threads.pageInfo.hasNextPage).toBe(false);
  });

  it('pages one at a time without repeating or skipping', async () => {
    const first = await titles(member, 1);
    expect(first.edges.map((edge) => edge.node.title)).toEqual(['Rules of the group']);
    const second = await titles(member, 1, first.pageInfo.endCursor!);
    expect(second.edges.map((edge) => edge.node.title)).toEqual(['Older']);
    const third = await titles(member, 1, second.pageInfo.endCursor!);
    expect(third.edges.map((edge) => edge.node.title)).toEqual(['Newest']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('is empty for a member outside a private group, and refused without signing in', async () => {
    // A private group is seen (and may be asked to join) by anyone, its discussions only by its members.
    expect((await titles(outsider)).edges).toEqual([]);
    const anonymous = await gql<Threads>(GROUP_THREADS, { id: groupId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cursor that is not one of ours', async () => {
    const result = await gql<Threads>(GROUP_THREADS, { id: groupId, after: 'bm90IGEgY3Vyc29y' }, member);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Well-formed JSON with what SQL would choke on: refused as the viewer's mistake, never an internal error.
    for (const forged of [
      { at: '2026-01-01T00:00:00.000000', id: 'not-a-uuid', rank: 0 },
      { at: 'yesterday', id: ids.Older, rank: 0 },
      { at: '2026-01-01T00:00:00.000000', id: ids.Older, rank: 99999999999 },
    ]) {
      const after = Buffer.from(JSON.stringify(forged)).toString('base64url');
      const answer = await gql<Threads>(GROUP_THREADS, { id: groupId, after }, member);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
