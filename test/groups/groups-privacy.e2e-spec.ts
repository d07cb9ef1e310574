// Groups and privacy: what a curious member or an outsider can learn through groups. A member's groups are shown
// only as far as the group's member list would show them; only a group whose membership someone decided (private,
// hidden) makes its members peers; a hidden group cannot be detected by its name or address; a join request's note
// is for its author and those who decide it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE, DECIDE, GROUP, groupsHelpers, JOIN } from '../support/groups.js';
import { gqlAs, inviteIntoGroup, type Person } from '../support/people.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('groups keep their members’ privacy', () => {
  let platform: TestPlatform;
  const { person, create } = groupsHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  const GROUPS_OF = 'query($id: ID!) { member(id: $id) { groups { name } } }';
  const groupNames = async (viewer: { token: string }, memberId: string) =>
    (
      await platform.graphql<{ member: { groups: Array<{ name: string }> } }>(
        GROUPS_OF,
        { id: memberId },
        viewer.token,
      )
    ).data!.member.groups.map((g) => g.name);

  it('lists a member’s private and hidden groups only to those who may read those groups’ members', async () => {
    const owner = await person('Priv Owner');
    const insider = await person('Priv Insider');
    const curious = await person('Priv Curious');
    const listedOne = await person('Priv Listed', { headline: 'Findable in the directory' });
    const privateGroup = await create(owner, { name: 'Quiet private circle', visibility: 'PRIVATE' });
    const hiddenGroup = await create(owner, { name: 'Quiet hidden circle', visibility: 'HIDDEN' });
    const publicGroup = await create(owner, { name: 'Open public circle', visibility: 'PUBLIC' });
    await inviteIntoGroup(platform, owner, privateGroup.id, [insider, listedOne]);
    await inviteIntoGroup(platform, owner, hiddenGroup.id, [listedOne]);
    await gqlAs(platform, listedOne, JOIN, { g: publicGroup.id });

    // The curious member cannot read the private group's members, so its name is not among listedOne's groups.
    expect(await groupNames(curious, listedOne.id)).toEqual(['Open public circle']);
    expect(await groupNames(insider, listedOne.id)).toEqual(['Open public circle', 'Quiet private circle']);
    expect(await groupNames(owner, listedOne.id)).toEqual([
      'Open public circle',
      'Quiet hidden circle',
      'Quiet private circle',
    ]);
    const adminToken = await platform.login(ADMIN.email, ADMIN.password);
    expect(await groupNames({ token: adminToken }, listedOne.id)).toHaveLength(3);
    // A pending requester reads no more than the curious member.
    await gqlAs(platform, curious, JOIN, { g: privateGroup.id, m: 'Let me in' });
    expect(await groupNames(curious, listedOne.id)).toEqual(['Open public circle']);

    // The same through the directory.
    const directory = await platform.graphql<{
      members: { edges: Array<{ node: { id: string; groups: Array<{ name: string }> } }> };
    }>(
      'query { members(first: 5, filter: { text: "Findable" }) { edges { node { id groups { name } } } } }',
      {},
      curious.token,
    );
    const found = directory.data!.members.edges.find((e) => e.node.id === listedOne.id);
    expect(found?.node.groups.map((g) => g.name)).toEqual(['Open public circle']);
  });

  it('makes peers only of members who share a private or hidden group, never a public one anyone can join', async () => {
    const holder = await person('Peer Holder', {
      livedExperience: 'Living with a long-term condition',
      headline: 'Only for my circles',
      visibility: { LIVED_EXPERIENCE: 'GROUP_PEERS', HEADLINE: 'GROUP_PEERS' },
    });
    const curious = await person('Peer Curious');
    const circleFriend = await person('Peer Circle Friend');
    const owner = await person('Peer Circles Owner');
    const openGroup = await create(owner, { name: 'Anyone may join', visibility: 'PUBLIC' });
    const privateGroup = await create(owner, { name: 'Decided circle', visibility: 'PRIVATE' });
    await gqlAs(platform, holder, JOIN, { g: openGroup.id });
    await inviteIntoGroup(platform, owner, privateGroup.id, [holder, circleFriend]);

    const PROFILE = 'query($id: ID!) { member(id: $id) { livedExperience headline } }';
    // One step into the public group does not open the holder's lived experience.
    await gqlAs(platform, curious, JOIN, { g: openGroup.id });
    const asCurious = await gqlAs<{ member: unknown }>(platform, curious, PROFILE, { id: holder.id });
    expect(asCurious.member).toEqual({ livedExperience: null, headline: null });
    const asFriend = await gqlAs<{ member: unknown }>(platform, circleFriend, PROFILE, { id: holder.id });
    expect(asFriend.member).toEqual({
      livedExperience: 'Living with a long-term condition',
      headline: 'Only for my circles',
    });
  });

  it('does not reveal a hidden group through its name or address', async () => {
    const keeper = await person('Hidden Keeper');
    const prober = await person('Hidden Prober');
    const hidden = await create(keeper, {
      name: 'Whistleblowers Support',
      slug: 'whistleblowers',
      visibility: 'HIDDEN',
    });
    // Its members reach it by the address it was given.
    const bySlug = await gqlAs<{ group: { id: string } }>(platform, keeper, GROUP, { slug: hidden.slug });
    expect(bySlug.group.id).toBe(hidden.id);

    // Someone else takes the same address and the same name as if the hidden group did not exist.
    const claimed = await platform.graphql<{ createGroup: { slug: string } }>(
      CREATE,
      { input: { name: 'Whistleblowers Support', slug: 'whistleblowers' } },
      prober.token,
    );
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data!.createGroup.slug).toBe('whistleblowers');
    const byName = await create(prober, { name: 'Whistleblowers Support' });
    expect(byName.slug).toBe('whistleblowers-support');
    // Renaming an own group to it answers the same.
    const other = await create(prober, { name: 'Another circle' });
    const renamed = await platform.graphql<{ updateGroup: { slug: string } }>(
      'mutation($id: ID!) { updateGroup(id: $id, input: { slug: "whistleblowers-support-2" }) { slug } }',
      { id: other.id },
      prober.token,
    );
    expect(renamed.errors).toBeUndefined();

    // Each finds their own group at its address; the prober never the hidden one.
    const proberSees = await gqlAs<{ group: { id: string } }>(platform, prober, GROUP, {
      slug: 'whistleblowers',
    });
    expect(proberSees.group.id).not.toBe(hidden.id);
    const keeperSees = await gqlAs<{ group: { id: string } }>(platform, keeper, GROUP, { slug: hidden.slug });
    expect(keeperSees.group.id).toBe(hidden.id);

    // A public group made hidden stops holding its address: it can no longer be told from one deleted.
    const wasPublic = await create(keeper, { name: 'Soon hidden', slug: 'soon-hidden' });
    const madeHidden = await gqlAs<{ updateGroup: { slug: string } }>(
      platform,
      keeper,
      'mutation($id: ID!) { updateGroup(id: $id, input: { visibility: HIDDEN }) { slug } }',
      { id: wasPublic.id },
    );
    expect(madeHidden.updateGroup.slug).not.toBe('soon-hidden');
    expect((await create(prober, { name: 'Soon hidden', slug: 'soon-hidden' })).slug).toBe('soon-hidden');
  });

  it('shows a join request’s note to its author and the group’s owners and moderators, even after approval', async () => {
    const owner = await person('Note Owner');
    const moderator = await person('Note Moderator');
    const member = await person('Note Member');
    const asker = await person('Note Asker');
    const group = await create(owner, { name: 'Noted circle', visibility: 'PRIVATE' });
    await inviteIntoGroup(platform, owner, group.id, [moderator, member]);
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
      { g: group.id, m: moderator.id },
    );
    const joined = await gqlAs<{ joinGroup: { id: string } }>(platform, asker, JOIN, {
      g: group.id,
      m: 'I was recently diagnosed and would value this circle',
    });
    await gqlAs(platform, owner, DECIDE, { id: joined.joinGroup.id, a: true });

    const NOTES =
      'query($id: ID) { group(id: $id) { members(first: 20) { edges { node { message member { id } } } } } }';
    const notes = async (who: Person) =>
      (
        await gqlAs<{
          group: { members: { edges: Array<{ node: { message: string | null; member: { id: string } } }> } };
        }>(platform, who, NOTES, { id: group.id })
      ).group.members.edges
        .map((e) => e.node.message)
        .filter((m) => m !== null);
    const note = ['I was recently diagnosed and would value this circle'];
    expect(await notes(member)).toEqual([]);
    expect(await notes(asker)).toEqual(note);
    expect(await notes(moderator)).toEqual(note);
    expect(await notes(owner)).toEqual(note);
  });
});
