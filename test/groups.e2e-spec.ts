import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember } from './support/member-factory.js';
import { countStatements } from './support/statement-counter.js';
import { ADMIN, startTestPlatform, type TestPlatform } from './support/test-platform.js';

const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) {
  id slug name visibility memberCount viewerMembership { role status } topics { slug } region { code } } }`;
const GROUP = `query($id: ID, $slug: String) { group(id: $id, slug: $slug) {
  id slug name memberCount viewerMembership { role status } members { edges { node { role member { displayName } } } } } }`;
const JOIN = 'mutation($g: ID!, $m: String) { joinGroup(groupId: $g, message: $m) { id status role } }';
const DECIDE =
  'mutation($id: ID!, $a: Boolean!) { decideJoinRequest(membershipId: $id, approve: $a) { status } }';
const INVITE = 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }';
const REMOVE =
  'mutation($g: ID!, $m: ID!, $b: Boolean!) { removeFromGroup(groupId: $g, memberId: $m, ban: $b) }';
const ROLE =
  'mutation($g: ID!, $m: ID!, $r: GroupRole!) { setGroupRole(groupId: $g, memberId: $m, role: $r) { role } }';
const LEAVE = 'mutation($g: ID!) { leaveGroup(groupId: $g) }';

type Person = { id: string; email: string; token: string };

describe('groups, as members use them', () => {
  let platform: TestPlatform;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(() => platform.close());

  async function person(displayName: string, fields: Parameters<typeof newMember>[1] = {}): Promise<Person> {
    const member = await newMember(platform.db, { displayName, ...fields });
    return { ...member, token: await platform.login(member.email, MEMBER_PASSWORD) };
  }

  async function create(owner: Person, input: Record<string, unknown>) {
    const result = await platform.graphql<{ createGroup: { id: string; slug: string } }>(
      CREATE,
      { input },
      owner.token,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.createGroup;
  }

  const code = (result: { errors?: Array<{ extensions: { code: string } }> }) =>
    result.errors?.[0]?.extensions.code;

  it('lets any member create a group, which they own, with a slug made from its name', async () => {
    const owner = await person('Olive Owner');
    const result = await platform.graphql<{ createGroup: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          name: "Carers' Network: London",
          description: 'For carers',
          visibility: 'PUBLIC',
          topicSlugs: ['carers'],
          regionCode: 'LONDON',
        },
      },
      owner.token,
    );
    expect(result.data!.createGroup).toMatchObject({
      slug: 'carers-network-london',
      visibility: 'PUBLIC',
      memberCount: 1,
      viewerMembership: { role: 'OWNER', status: 'ACTIVE' },
      topics: [{ slug: 'carers' }],
      region: { code: 'LONDON' },
    });
    const second = await create(owner, { name: "Carers' Network London" });
    expect(second.slug).toBe('carers-network-london-2');
    const bad = await platform.graphql(
      CREATE,
      { input: { name: 'x', topicSlugs: ['nope'], coverImageUrl: 'http://x.org/a.png' } },
      owner.token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), coverImageUrl: expect.any(String) },
    });
    expect(code(await platform.graphql(CREATE, { input: { name: 'Anonymous group' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('joins a public group at once, and the member count follows', async () => {
    const owner = await person('Pat Public');
    const joiner = await person('Jo Joiner');
    const group = await create(owner, { name: 'Open Circle', visibility: 'PUBLIC' });
    const joined = await platform.graphql<{ joinGroup: { status: string } }>(
      JOIN,
      { g: group.id },
      joiner.token,
    );
    expect(joined.data!.joinGroup.status).toBe('ACTIVE');
    const again = await platform.graphql<{ joinGroup: { status: string } }>(
      JOIN,
      { g: group.id },
      joiner.token,
    );
    expect(again.data!.joinGroup.status).toBe('ACTIVE');
    const seen = await platform.graphql<{
      group: {
        memberCount: number;
        members: { edges: Array<{ node: { role: string; member: { displayName: string } } }> };
      };
    }>(GROUP, { slug: 'open-circle' }, joiner.token);
    expect(seen.data!.group.memberCount).toBe(2);
    expect(seen.data!.group.members.edges.map((e) => [e.node.role, e.node.member.displayName])).toEqual([
      ['OWNER', 'Pat Public'],
      ['MEMBER', 'Jo Joiner'],
    ]);
  });

  it('asks to join a private group; moderators decide; outsiders see it listed but not its members', async () => {
    const owner = await person('Priv Owner');
    const asker = await person('Ask Er');
    const group = await create(owner, { name: 'Quiet Room', visibility: 'PRIVATE' });
    expect(code(await platform.graphql(GROUP, { id: group.id }, asker.token))).toBe('FORBIDDEN'); // listed, members hidden
    const outsiderView = await platform.graphql<{ group: { name: string } }>(
      'query($id: ID) { group(id: $id) { name memberCount } }',
      { id: group.id },
      asker.token,
    );
    expect(outsiderView.data!.group.name).toBe('Quiet Room');

    const request = await platform.graphql<{ joinGroup: { id: string; status: string } }>(
      JOIN,
      { g: group.id, m: 'I lead a carers group' },
      asker.token,
    );
    expect(request.data!.joinGroup.status).toBe('PENDING');
    const requests = await platform.graphql<{
      group: { joinRequests: { edges: Array<{ node: { message: string } }> } };
    }>(
      'query($id: ID) { group(id: $id) { joinRequests { edges { node { message } } } } }',
      { id: group.id },
      owner.token,
    );
    expect(requests.data!.group.joinRequests.edges).toEqual([{ node: { message: 'I lead a carers group' } }]);
    expect(
      code(await platform.graphql(DECIDE, { id: request.data!.joinGroup.id, a: true }, asker.token)),
    ).toBe('FORBIDDEN');
    const approved = await platform.graphql<{ decideJoinRequest: { status: string } }>(
      DECIDE,
      { id: request.data!.joinGroup.id, a: true },
      owner.token,
    );
    expect(approved.data!.decideJoinRequest.status).toBe('ACTIVE');
    expect(code(await platform.graphql(GROUP, { id: group.id }, asker.token))).toBeUndefined();
  });

  it('keeps a hidden group invisible to outsiders, and lets an invited member see it and accept', async () => {
    const owner = await person('Hid Owner');
    const guest = await person('Gus Guest');
    const stranger = await person('Stan Stranger');
    const group = await create(owner, { name: 'Secret Garden', visibility: 'HIDDEN' });
    expect(code(await platform.graphql(GROUP, { id: group.id }, stranger.token))).toBe('NOT_FOUND');
    expect(code(await platform.graphql(GROUP, { slug: group.slug }, stranger.token))).toBe('NOT_FOUND');
    expect(code(await platform.graphql(JOIN, { g: group.id }, stranger.token))).toBe('NOT_FOUND');
    const listed = await platform.graphql<{ groups: { edges: Array<{ node: { name: string } }> } }>(
      '{ groups(filter: { text: "secret" }) { edges { node { name } } } }',
      {},
      stranger.token,
    );
    expect(listed.data!.groups.edges).toEqual([]);

    expect(
      (
        await platform.graphql<{ inviteToGroup: { status: string } }>(
          INVITE,
          { g: group.id, m: guest.id },
          owner.token,
        )
      ).data!.inviteToGroup.status,
    ).toBe('INVITED');
    const invitedView = await platform.graphql<{ group: { viewerMembership: { status: string } } }>(
      'query($id: ID) { group(id: $id) { viewerMembership { status } } }',
      { id: group.id },
      guest.token,
    );
    expect(invitedView.data!.group.viewerMembership.status).toBe('INVITED');
    const accepted = await platform.graphql<{ acceptGroupInvitation: { status: string } }>(
      'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      { g: group.id },
      guest.token,
    );
    expect(accepted.data!.acceptGroupInvitation.status).toBe('ACTIVE');
    const mine = await platform.graphql<{ groups: { edges: Array<{ node: { name: string } }> } }>(
      '{ groups(filter: { joinedOnly: true }) { edges { node { name } } } }',
      {},
      guest.token,
    );
    expect(mine.data!.groups.edges).toEqual([{ node: { name: 'Secret Garden' } }]);
    expect(code(await platform.graphql(GROUP, { id: group.id }, adminToken))).toBeUndefined();
  });

  it('bans a member, who cannot rejoin or read; only owners manage roles; the last owner cannot leave', async () => {
    const owner = await person('Ban Owner');
    const moderator = await person('Mod Erator');
    const troll = await person('Tro Ll');
    const group = await create(owner, { name: 'Safe Space', visibility: 'PRIVATE' });
    for (const who of [moderator, troll])
      await platform.graphql(INVITE, { g: group.id, m: who.id }, owner.token);
    for (const who of [moderator, troll])
      await platform.graphql(
        'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
        { g: group.id },
        who.token,
      );
    expect(
      code(await platform.graphql(ROLE, { g: group.id, m: moderator.id, r: 'MODERATOR' }, moderator.token)),
    ).toBe('FORBIDDEN');
    expect(
      (
        await platform.graphql<{ setGroupRole: { role: string } }>(
          ROLE,
          { g: group.id, m: moderator.id, r: 'MODERATOR' },
          owner.token,
        )
      ).data!.setGroupRole.role,
    ).toBe('MODERATOR');

    expect(
      (
        await platform.graphql<{ removeFromGroup: boolean }>(
          REMOVE,
          { g: group.id, m: troll.id, b: true },
          moderator.token,
        )
      ).data!.removeFromGroup,
    ).toBe(true);
    expect(code(await platform.graphql(JOIN, { g: group.id }, troll.token))).toBe('FORBIDDEN');
    expect(code(await platform.graphql(GROUP, { id: group.id }, troll.token))).toBe('FORBIDDEN');
    expect(
      code(await platform.graphql(REMOVE, { g: group.id, m: owner.id, b: false }, moderator.token)),
    ).toBe('FORBIDDEN');

    expect(code(await platform.graphql(LEAVE, { g: group.id }, owner.token))).toBe('CONFLICT');
    expect(code(await platform.graphql(ROLE, { g: group.id, m: owner.id, r: 'MEMBER' }, owner.token))).toBe(
      'CONFLICT',
    );
    await platform.graphql(ROLE, { g: group.id, m: moderator.id, r: 'OWNER' }, owner.token);
    expect(
      (await platform.graphql<{ leaveGroup: boolean }>(LEAVE, { g: group.id }, owner.token)).data!.leaveGroup,
    ).toBe(true);
  });

  it('shows GROUP_PEERS fields to members who share an active group, and Member.groups as far as the viewer may see', async () => {
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
    ).toEqual({ headline: null, groups: [{ name: 'Peer Circle' }] }); // invited: sees the group, not yet a peer
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

  it('lets owners and admins edit a group, and nobody else; a taken slug is a field error', async () => {
    const owner = await person('Ed Owner');
    const member = await person('Ed Member');
    const group = await create(owner, { name: 'Editable', visibility: 'PUBLIC' });
    await create(owner, { name: 'Taken Name' });
    await platform.graphql(JOIN, { g: group.id }, member.token);
    const UPDATE =
      'mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { slug name visibility rules } }';
    expect(
      code(await platform.graphql(UPDATE, { id: group.id, input: { name: 'Mine now' } }, member.token)),
    ).toBe('FORBIDDEN');
    const taken = await platform.graphql(
      UPDATE,
      { id: group.id, input: { slug: 'taken-name' } },
      owner.token,
    );
    expect(taken.errors?.[0]?.extensions.fields).toEqual({ slug: expect.any(String) });
    const edited = await platform.graphql<{ updateGroup: Record<string, string> }>(
      UPDATE,
      { id: group.id, input: { slug: 'edited-group', rules: 'Be kind.', visibility: 'PRIVATE' } },
      owner.token,
    );
    expect(edited.data!.updateGroup).toEqual({
      slug: 'edited-group',
      name: 'Editable',
      visibility: 'PRIVATE',
      rules: 'Be kind.',
    });
    const byAdmin = await platform.graphql<{ updateGroup: { name: string } }>(
      UPDATE,
      { id: group.id, input: { name: 'Renamed by admin' } },
      adminToken,
    );
    expect(byAdmin.data!.updateGroup.name).toBe('Renamed by admin');
    expect(code(await platform.graphql(GROUP, { slug: 'editable' }, owner.token))).toBe('NOT_FOUND');
    expect(code(await platform.graphql(GROUP, { slug: 'edited-group' }, owner.token))).toBeUndefined();
  });

  it('declines a request (answering null), lets an asker withdraw, and an invitee decline', async () => {
    const owner = await person('Dec Owner');
    const asker = await person('Dec Asker');
    const withdrawer = await person('With Drawer');
    const invitee = await person('In Vitee');
    const group = await create(owner, { name: 'Decisions', visibility: 'PRIVATE' });
    const request = await platform.graphql<{ joinGroup: { id: string } }>(JOIN, { g: group.id }, asker.token);
    const declined = await platform.graphql<{ decideJoinRequest: null }>(
      DECIDE,
      { id: request.data!.joinGroup.id, a: false },
      owner.token,
    );
    expect(declined.data).toEqual({ decideJoinRequest: null });
    expect(
      (await platform.graphql<{ joinGroup: { status: string } }>(JOIN, { g: group.id }, asker.token)).data!
        .joinGroup.status,
    ).toBe('PENDING');

    await platform.graphql(JOIN, { g: group.id }, withdrawer.token);
    expect(
      (await platform.graphql<{ leaveGroup: boolean }>(LEAVE, { g: group.id }, withdrawer.token)).data!
        .leaveGroup,
    ).toBe(true);
    await platform.graphql(INVITE, { g: group.id, m: invitee.id }, owner.token);
    await platform.graphql(LEAVE, { g: group.id }, invitee.token);
    const statuses = await platform.db.query<{ member_id: string; status: string }>(
      'SELECT member_id, status FROM group_memberships WHERE group_id = $1',
      [group.id],
    );
    expect(statuses.map((row) => row.member_id).sort()).toEqual([owner.id, asker.id].sort());
  });

  it('lets an admin moderate any group', async () => {
    const owner = await person('Adm Owner');
    const member = await person('Adm Member');
    const group = await create(owner, { name: 'Admin Watched', visibility: 'HIDDEN' });
    await platform.graphql(INVITE, { g: group.id, m: member.id }, owner.token);
    await platform.graphql(
      'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      { g: group.id },
      member.token,
    );
    expect(
      (
        await platform.graphql<{ removeFromGroup: boolean }>(
          REMOVE,
          { g: group.id, m: member.id, b: true },
          adminToken,
        )
      ).data!.removeFromGroup,
    ).toBe(true);
    expect(code(await platform.graphql(GROUP, { id: group.id }, member.token))).toBe('NOT_FOUND');
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
