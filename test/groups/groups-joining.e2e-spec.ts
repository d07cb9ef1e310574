// Groups: creating one, and joining it by its visibility (a public group at once, a private one by a request that
// moderators decide, a hidden one by invitation), declining, withdrawing. Roles, bans and edits: groups-moderation;
// peers' fields and pages of groups: groups-peers-and-pages.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { code, CREATE, DECIDE, GROUP, groupsHelpers, INVITE, JOIN, LEAVE } from '../support/groups.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('groups, as members use them', () => {
  let platform: TestPlatform;
  let adminToken: string;
  const { person, create } = groupsHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(() => platform.close());

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
});
