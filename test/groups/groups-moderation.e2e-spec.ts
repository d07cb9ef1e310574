// Groups: managing one (bans, roles, the last owner, editing it) as its owners and moderators, and as an admin.
// Joining: groups-joining; peers' fields and pages of groups: groups-peers-and-pages.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { code, GROUP, groupsHelpers, INVITE, JOIN, LEAVE, REMOVE, ROLE } from '../support/groups.js';
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
});
