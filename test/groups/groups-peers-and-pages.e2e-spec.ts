// Groups: what sharing one shows (GROUP_PEERS fields, Member.groups), and pages of groups (the same number of SQL
// statements for any page size, cursors). Joining: groups-joining; roles, bans and edits: groups-moderation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countStatements } from '../support/statement-counter.js';
import { groupsHelpers, INVITE } from '../support/groups.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('groups, as members use them', () => {
  let platform: TestPlatform;
  const { person, create } = groupsHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  it('shows GROUP_PEERS fields to members who share an active hidden group, and Member.groups as far as the group’s member list', async () => {
    const owner = await person('Peer Owner', {
      headline: 'Shared with my groups',
      visibility: { HEADLINE: 'GROUP_PEERS' },
    });
    const peer = await person('Peer Friend');
    const stranger = await person('Not Apeer');
    const group = await create(owner, { name: 'Peer Circle', visibility: 'HIDDEN' });
    await platform.graphql(INVITE, { g: group.id, m: peer.id }, owner.token);
    const MEMBER = 'query($id: ID!) { member(id: $id) { headline groups { name } } }';
    expect(
      (await platform.graphql<{ member: unknown }>(MEMBER, { id: owner.id }, peer.token)).data!.member,
    ).toEqual({ headline: null, groups: [] }); // invited: not yet a peer, nor shown the group's members
    await platform.graphql(
      'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      { g: group.id },
      peer.token,
    );
    expect(
      (await platform.graphql<{ member: unknown }>(MEMBER, { id: owner.id }, peer.token)).data!.member,
    ).toEqual({
      headline: 'Shared with my groups',
      groups: [{ name: 'Peer Circle' }],
    });
    expect(
      (await platform.graphql<{ member: unknown }>(MEMBER, { id: owner.id }, stranger.token)).data!.member,
    ).toEqual({ headline: null, groups: [] });
  });

  it('runs the same number of SQL statements for a page of 10, 50 or 100 groups with counts and memberships', async () => {
    const owner = await person('Many Groups');
    for (let i = 0; i < 100; i++)
      await platform.db.query(
        `WITH g AS (INSERT INTO groups (slug, name, visibility) VALUES ($1, $2, 'PUBLIC') RETURNING id)
       INSERT INTO group_memberships (group_id, member_id, role, status) SELECT id, $3, 'OWNER', 'ACTIVE' FROM g`,
        [`bulk-${i}`, `Bulk group ${String(i).padStart(3, '0')}`, owner.id],
      );
    const PAGE =
      'query($first: Int) { groups(first: $first, filter: { text: "bulk" }) { edges { node { name memberCount viewerMembership { role } topics { slug } region { code } } } } }';
    const counts: number[] = [];
    type Edges = Array<{ node: { memberCount: number; viewerMembership: { role: string } } }>;
    for (const first of [10, 50, 100]) {
      await platform.graphql(PAGE, { first }, owner.token);
      let edges: Edges = [];
      counts.push(
        await countStatements(platform.api, async () => {
          edges = (await platform.graphql<{ groups: { edges: Edges } }>(PAGE, { first }, owner.token)).data!
            .groups.edges;
        }),
      );
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.memberCount === 1 && e.node.viewerMembership.role === 'OWNER')).toBe(
        true,
      );
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data: {
          groups: {
            edges: Array<{ node: { name: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await platform.graphql(
        'query($after: String) { groups(first: 30, after: $after, filter: { text: "bulk" }) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
        { after },
        owner.token,
      );
      seen.push(...page.data!.groups.edges.map((edge) => edge.node.name));
      after = page.data!.groups.pageInfo.hasNextPage ? page.data!.groups.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);
    expect(seen).toEqual([...seen].sort());
  });
});
