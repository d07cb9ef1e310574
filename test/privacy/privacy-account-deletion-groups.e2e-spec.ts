import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD } from '../support/member-factory.js';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { DELETE } from '../support/privacy.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { eventually } from '../support/until.js';

const CREATE = 'mutation($n: String!) { createGroup(input: { name: $n, visibility: PUBLIC }) { id slug } }';
const JOIN = 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }';
const ROLE =
  'mutation($g: ID!, $m: ID!, $r: GroupRole!) { setGroupRole(groupId: $g, memberId: $m, role: $r) { role } }';
const ROLES =
  'query($id: ID!) { group(id: $id) { members(first: 50) { edges { node { role member { id } } } } } }';
const NOTIFICATIONS = '{ notifications(first: 20) { edges { node { kind groupId summary link } } } }';

/**
 * deleteMyAccount and the groups a member is the last owner of (the contract): never refused; the group goes to its
 * longest-standing moderator, else its longest-standing active member, who is told; a group left empty is archived.
 */
describe('deleting the account of a group’s last owner', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  const groupOf = async (owner: Person, name: string, joiners: Person[]) => {
    const { createGroup } = await gqlAs<{ createGroup: { id: string; slug: string } }>(
      platform,
      owner,
      CREATE,
      {
        n: name,
      },
    );
    // One after another: each has stood longer than the next.
    for (const joiner of joiners) await gqlAs(platform, joiner, JOIN, { g: createGroup.id });
    return createGroup;
  };
  const deleteAccount = async (who: Person) => {
    const result = await platform.graphql<{ deleteMyAccount: boolean }>(
      DELETE,
      { p: MEMBER_PASSWORD },
      who.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteMyAccount).toBe(true);
  };
  const rolesIn = async (viewer: Person, groupId: string) =>
    Object.fromEntries(
      (
        await gqlAs<{
          group: { members: { edges: Array<{ node: { role: string; member: { id: string } | null } }> } };
        }>(platform, viewer, ROLES, { id: groupId })
      ).group.members.edges
        .filter((e) => e.node.member) // a suspended member is shown to nobody
        .map((e) => [e.node.member!.id, e.node.role]),
    );
  const auditOf = (groupId: string) =>
    platform.db.query<{ action: string; actor_id: string; details: Record<string, unknown> }>(
      `SELECT action, actor_id, details FROM audit_log WHERE subject_type = 'GROUP' AND subject_id = $1`,
      [groupId],
    );

  it('hands the group to its longest-standing moderator, in one step, who is told; the audit log says so', async () => {
    const [leaver, elder, moderator, junior] = await Promise.all(
      ['Lee Leaver', 'Elda Elder', 'Mo Moderator', 'Jun Junior'].map((n) => signedInPerson(platform, n)),
    );
    const group = await groupOf(leaver, 'Renal peer support', [elder, moderator, junior]);
    await gqlAs(platform, leaver, ROLE, { g: group.id, m: junior.id, r: 'MODERATOR' });
    await gqlAs(platform, leaver, ROLE, { g: group.id, m: moderator.id, r: 'MODERATOR' });
    // The moderator who stood longer (joined earlier) inherits, not the longer-standing plain member.
    await deleteAccount(leaver);

    expect(await rolesIn(elder, group.id)).toEqual({
      [elder.id]: 'MEMBER',
      [moderator.id]: 'OWNER',
      [junior.id]: 'MODERATOR',
    });
    const told = await eventually(async () =>
      (
        await gqlAs<{ notifications: { edges: Array<{ node: Record<string, string> }> } }>(
          platform,
          moderator,
          NOTIFICATIONS,
        )
      ).notifications.edges.find((e) => e.node.kind === 'GROUP_HANDED_OVER'),
    );
    expect(told.node).toEqual({
      kind: 'GROUP_HANDED_OVER',
      groupId: group.id,
      summary: 'You are now an owner of Renal peer support: its last owner has left Confer',
      link: `/groups/${group.slug}`,
    });
    expect(await auditOf(group.id)).toEqual([
      { action: 'HAND_OVER_GROUP', actor_id: leaver.id, details: { newOwnerId: moderator.id } },
    ]);
    // The new owner runs the group.
    await gqlAs(platform, moderator, ROLE, { g: group.id, m: elder.id, r: 'MODERATOR' });
  });

  it('hands a group without moderators to its longest-standing active member', async () => {
    const [leaver, away, first, second] = await Promise.all(
      ['Lou Leaver', 'Sal Suspended', 'Fay First', 'Sid Second'].map((n) => signedInPerson(platform, n)),
    );
    const group = await groupOf(leaver, 'Carers circle', [away, first, second]);
    // The longest-standing of all, but suspended: not someone who can run the group.
    await platform.db.query(`UPDATE members SET status = 'SUSPENDED' WHERE id = $1`, [away.id]);
    await deleteAccount(leaver);

    expect(await rolesIn(second, group.id)).toEqual({ [first.id]: 'OWNER', [second.id]: 'MEMBER' });
    const [{ role: awayRole }] = await platform.db.query<{ role: string }>(
      'SELECT role FROM group_memberships WHERE group_id = $1 AND member_id = $2',
      [group.id, away.id],
    );
    expect(awayRole).toBe('MEMBER');
    expect(await auditOf(group.id)).toEqual([
      { action: 'HAND_OVER_GROUP', actor_id: leaver.id, details: { newOwnerId: first.id } },
    ]);
    await eventually(async () =>
      (
        await gqlAs<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
          platform,
          first,
          NOTIFICATIONS,
        )
      ).notifications.edges.find((e) => e.node.kind === 'GROUP_HANDED_OVER'),
    );
  });

  it('archives a group left empty: not listed, not joinable, kept for the admins', async () => {
    const [leaver, passer] = await Promise.all(
      ['Liv Leaver', 'Pat Passer'].map((n) => signedInPerson(platform, n)),
    );
    const group = await groupOf(leaver, 'Quiet corner', []);
    await deleteAccount(leaver);

    const listed = await gqlAs<{ groups: { edges: Array<{ node: { id: string } }> } }>(
      platform,
      passer,
      '{ groups(first: 100) { edges { node { id } } } }',
    );
    expect(listed.groups.edges.map((e) => e.node.id)).not.toContain(group.id);
    const join = await platform.graphql(JOIN, { g: group.id }, passer.token);
    expect(join.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await auditOf(group.id)).toEqual([{ action: 'ARCHIVE_GROUP', actor_id: leaver.id, details: {} }]);
  });
});
