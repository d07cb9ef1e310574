import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountService, MemberStatus } from '#libs/identity';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const PROFILE = `id handle displayName email pronouns headline bio livedExperience leaderType organisation jobTitle
  region { code name } topics { slug name } cohort { id name year } openToPairing avatarUrl listedInDirectory
  visibility { field visibility }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { ${PROFILE} } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { ${PROFILE} } }`;

type Profile = Record<string, unknown> & { visibility: Array<{ field: string; visibility: string }> | null };

describe('member profiles', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let cohortId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
    const cohort = await platform.graphql<{ createCohort: { id: string } }>(
      'mutation { createCohort(input: { name: "Spring", year: 2024 }) { id } }',
      {},
      adminToken,
    );
    cohortId = cohort.data!.createCohort.id;
  });

  afterAll(() => platform.close());

  async function signIn(fields: Parameters<typeof newMember>[1] = {}) {
    const member = await newMember(platform.db, fields);
    return { ...member, token: await platform.login(member.email, MEMBER_PASSWORD) };
  }

  const fullProfile = () => ({
    handle: 'ada-owusu',
    displayName: 'Ada Owusu',
    pronouns: 'she/her',
    headline: 'Patient leader in maternity services',
    bio: 'I work on co-production with midwives.',
    livedExperience: 'Two difficult pregnancies; long-term condition since 2015.',
    consentToLivedExperience: true,
    leaderType: 'PATIENT_LEADER',
    organisation: 'Maternity Voices',
    jobTitle: 'Chair',
    regionCode: 'LONDON',
    topicSlugs: ['maternity', 'co-production'],
    cohortId,
    openToPairing: true,
    avatarUrl: 'https://images.example.org/ada.png',
  });

  it('gives a new member a profile whose lived experience is private by default', async () => {
    const me = await signIn({ displayName: 'New Person' });
    const result = await platform.graphql<{ me: Profile }>(`{ me { ${PROFILE} } }`, {}, me.token);
    expect(result.data!.me).toMatchObject({
      displayName: 'New Person',
      listedInDirectory: true,
      openToPairing: false,
    });
    expect(result.data!.me.visibility).toContainEqual({ field: 'LIVED_EXPERIENCE', visibility: 'PRIVATE' });
    expect(result.data!.me.visibility).toContainEqual({ field: 'BIO', visibility: 'MEMBERS' });
  });

  it('saves every field and shows them all to the member themselves', async () => {
    const me = await signIn();
    const result = await platform.graphql<{ updateProfile: Profile }>(
      UPDATE,
      { input: fullProfile() },
      me.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateProfile).toMatchObject({
      handle: 'ada-owusu',
      displayName: 'Ada Owusu',
      livedExperience: 'Two difficult pregnancies; long-term condition since 2015.',
      region: { code: 'LONDON', name: 'London' },
      topics: expect.arrayContaining([
        { slug: 'maternity', name: 'Maternity and neonatal care' },
        { slug: 'co-production', name: 'Co-production' },
      ]),
      cohort: { id: cohortId, name: 'Spring', year: 2024 },
      openToPairing: true,
      email: me.email,
    });
    const cleared = await platform.graphql<{ updateProfile: Profile }>(
      UPDATE,
      { input: { bio: '  ', regionCode: null, topicSlugs: [] } },
      me.token,
    );
    expect(cleared.data!.updateProfile).toMatchObject({
      bio: null,
      region: null,
      topics: [],
      headline: 'Patient leader in maternity services',
    });
  });

  it.each([
    ['handle', { handle: 'Not A Handle!' }],
    ['handle', { handle: 'ab' }],
    ['displayName', { displayName: '   ' }],
    ['bio', { bio: 'x'.repeat(2001) }],
    ['livedExperience', { livedExperience: 'x'.repeat(2001) }],
    ['headline', { headline: 'x'.repeat(121) }],
    ['avatarUrl', { avatarUrl: 'http://images.example.org/plain.png' }],
    ['avatarUrl', { avatarUrl: 'javascript:alert(1)' }],
    ['regionCode', { regionCode: 'ATLANTIS' }],
    ['topicSlugs', { topicSlugs: ['underwater-basket-weaving'] }],
    ['topicSlugs', { topicSlugs: Array.from({ length: 11 }, (_, i) => `t${i}`) }],
    ['cohortId', { cohortId: '00000000-0000-4000-8000-000000000000' }],
    [
      'visibility',
      {
        visibility: [
          { field: 'BIO', visibility: 'PRIVATE' },
          { field: 'BIO', visibility: 'MEMBERS' },
        ],
      },
    ],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, input) => {
    const me = await signIn({ bio: 'unchanged bio' });
    const result = await platform.graphql(UPDATE, { input: { ...input, pronouns: 'they/them' } }, me.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
    const [row] = await platform.db.query<{ pronouns: string | null; bio: string }>(
      'SELECT pronouns, bio FROM member_profiles WHERE member_id = $1',
      [me.id],
    );
    expect(row).toEqual({ pronouns: null, bio: 'unchanged bio' });
  });

  it('keeps both of two visibility changes made at the same moment', async () => {
    const me = await signIn();
    const change = (field: string) =>
      platform.graphql(UPDATE, { input: { visibility: [{ field, visibility: 'PRIVATE' }] } }, me.token);
    await Promise.all([change('BIO'), change('HEADLINE'), change('PRONOUNS')]);
    const mine = (await platform.graphql<{ me: Profile }>(`{ me { ${PROFILE} } }`, {}, me.token)).data!.me
      .visibility!;
    for (const field of ['BIO', 'HEADLINE', 'PRONOUNS'])
      expect(mine).toContainEqual({ field, visibility: 'PRIVATE' });
    expect(mine).toContainEqual({ field: 'LIVED_EXPERIENCE', visibility: 'PRIVATE' });
    expect(mine).toContainEqual({ field: 'REGION', visibility: 'MEMBERS' });
  });

  it('refuses a handle someone else has, and accepts a free one', async () => {
    await signIn({ handle: 'taken-handle' });
    const me = await signIn();
    const taken = await platform.graphql(UPDATE, { input: { handle: 'taken-handle' } }, me.token);
    expect(taken.errors?.[0]?.extensions.fields).toEqual({ handle: 'That handle is taken. Try another.' });
    const free = await platform.graphql<{ updateProfile: { handle: string } }>(
      UPDATE,
      { input: { handle: 'Free_Handle' } },
      me.token,
    );
    expect(free.data?.updateProfile.handle).toBe('free_handle');
  });

  describe('who sees what', () => {
    let owner: Awaited<ReturnType<typeof signIn>>;
    let other: Awaited<ReturnType<typeof signIn>>;

    beforeAll(async () => {
      owner = await signIn({ displayName: 'Owner Person' });
      other = await signIn();
      await platform.graphql(
        UPDATE,
        {
          input: {
            ...fullProfile(),
            handle: 'owner-person',
            visibility: [
              { field: 'BIO', visibility: 'PRIVATE' },
              { field: 'HEADLINE', visibility: 'GROUP_PEERS' },
              { field: 'REGION', visibility: 'PRIVATE' },
            ],
          },
        },
        owner.token,
      );
    });

    it('shows another member only the fields set to MEMBERS; lived experience stays private', async () => {
      const seen = (await platform.graphql<{ member: Profile }>(MEMBER, { id: owner.id }, other.token)).data!
        .member;
      expect(seen).toMatchObject({
        displayName: 'Ada Owusu',
        pronouns: 'she/her',
        organisation: 'Maternity Voices',
        topics: expect.any(Array),
        bio: null,
        headline: null,
        region: null,
        livedExperience: null,
        email: null,
        visibility: null,
        listedInDirectory: null,
      });
    });

    it('shows an admin no more than a member: PRIVATE means private', async () => {
      const seen = (await platform.graphql<{ member: Profile }>(MEMBER, { id: owner.id }, adminToken)).data!
        .member;
      expect(seen).toMatchObject({
        bio: null,
        headline: null,
        region: null,
        livedExperience: null,
        email: owner.email,
      });
    });

    it('shows lived experience once its owner opens it to members', async () => {
      await platform.graphql(
        UPDATE,
        { input: { visibility: [{ field: 'LIVED_EXPERIENCE', visibility: 'MEMBERS' }] } },
        owner.token,
      );
      const seen = (await platform.graphql<{ member: Profile }>(MEMBER, { id: owner.id }, other.token)).data!
        .member;
      expect(seen.livedExperience).toBe('Two difficult pregnancies; long-term condition since 2015.');
      expect(seen.bio).toBeNull();
    });

    it('asks anonymous callers to sign in', async () => {
      const result = await platform.graphql(MEMBER, { id: owner.id });
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('hides an unlisted member from other members but not from themselves or admins', async () => {
      const hidden = await signIn({ listedInDirectory: false });
      expect(
        (await platform.graphql(MEMBER, { id: hidden.id }, other.token)).errors?.[0]?.extensions.code,
      ).toBe('NOT_FOUND');
      expect((await platform.graphql(MEMBER, { id: hidden.id }, hidden.token)).errors).toBeUndefined();
      expect((await platform.graphql(MEMBER, { id: hidden.id }, adminToken)).errors).toBeUndefined();
    });

    it('hides suspended members, shows deleted ones as former members, and answers a malformed id with NOT_FOUND', async () => {
      const suspended = await signIn();
      await platform.api.get(AccountService).setStatus(suspended.id, MemberStatus.SUSPENDED);
      for (const id of [suspended.id, 'not-an-id']) {
        expect((await platform.graphql(MEMBER, { id }, other.token)).errors?.[0]?.extensions.code).toBe(
          'NOT_FOUND',
        );
      }
      // Deleted: their messages keep an author, who reads as a former member, with nothing of who they were.
      const deleted = await newMember(platform.db, {
        status: 'DELETED',
        displayName: 'Dee Parted',
        bio: 'gone',
        organisation: 'Somewhere',
      });
      const seen = (await platform.graphql<{ member: Profile }>(MEMBER, { id: deleted.id }, other.token))
        .data!.member;
      expect(seen).toMatchObject({
        displayName: 'Former member',
        handle: expect.stringMatching(/^former-/),
        bio: null,
        organisation: null,
        email: null,
      });
    });
  });
});
