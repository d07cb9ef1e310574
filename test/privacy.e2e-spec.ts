import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSENT_WORDING, ConsentKind } from '#libs/members';
import { RETENTION_DAYS, RetentionSweep } from '#libs/privacy';
import { createEventAs, rsvpAs } from './support/events.js';
import { MEMBER_PASSWORD, newMember } from './support/member-factory.js';
import { gqlAs, postAs, signedInPerson, type Person } from './support/people.js';
import { ADMIN, socketOutcome, startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { jobsSettled, until } from './support/until.js';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
  livedExperience visibility { field visibility } consents { kind wording givenAt withdrawnAt } } }`;
const CONSENTS = '{ me { livedExperience consents { kind wording givenAt withdrawnAt } } }';
const WITHDRAW = `mutation { withdrawConsent(kind: LIVED_EXPERIENCE) {
  livedExperience visibility { field visibility } consents { kind withdrawnAt } } }`;
const EXPORT = '{ exportMyData }';
const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
const PERSONAL = `id handle displayName email pronouns headline bio livedExperience leaderType organisation jobTitle
  region { code } topics { slug } cohort { id } avatarUrl listedInDirectory visibility { field } consents { kind }`;

type Row = Record<string, unknown>;

/** A profile as the member sees it after a change. */
interface ProfileSeen {
  livedExperience: string | null;
  visibility: Array<{ field: string; visibility: string }> | null;
  consents: Row[] | null;
}

/** The parts of an export the tests read. */
interface ExportSeen extends Row {
  about: Row;
  messages: {
    total: number;
    included: number;
    items: Array<Row & { body: string; earlierVersions: unknown }>;
  };
  notifications: { items: Row[] };
  sessions: Row[];
}

describe('privacy: consent, export and account deletion', () => {
  let platform: TestPlatform;
  let adminToken: string;

  const gql = <T>(who: Person | string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    platform.graphql<T>(query, variables, typeof who === 'string' ? who : who?.token);
  const exportOf = async (who: Person): Promise<ExportSeen> =>
    (await gqlAs<{ exportMyData: ExportSeen }>(platform, who, EXPORT)).exportMyData;
  const profileRow = async (id: string) =>
    (
      await platform.db.query<Record<string, unknown>>('SELECT * FROM member_profiles WHERE member_id = $1', [
        id,
      ])
    )[0];

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(() => platform.close());

  it('asks anonymous callers to sign in', async () => {
    for (const [query, variables] of [
      [EXPORT, {}],
      [DELETE, { p: MEMBER_PASSWORD }],
      [WITHDRAW, {}],
    ] as const) {
      const result = await gql(undefined, query, variables);
      expect({ query, code: result.errors?.[0]?.extensions.code }).toEqual({
        query,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  describe('consent to keep lived experience', () => {
    it('refuses a first lived experience without explicit consent, naming the consent, and keeps nothing', async () => {
      const me = await signedInPerson(platform, 'Cai Consent');
      const refused = await gql(me, UPDATE, {
        input: { livedExperience: 'Type 1 diabetes since childhood.' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { consentToLivedExperience: expect.stringContaining('consent') },
      });
      expect((await profileRow(me.id)).lived_experience).toBeNull();
      const declined = await gql(me, UPDATE, {
        input: { livedExperience: 'Type 1 diabetes since childhood.', consentToLivedExperience: false },
      });
      expect(Object.keys(declined.errors?.[0]?.extensions.fields ?? {})).toEqual([
        'consentToLivedExperience',
      ]);
      expect(
        await platform.db.query('SELECT 1 FROM member_consents WHERE member_id = $1', [me.id]),
      ).toHaveLength(0);
    });

    it('records consent with its wording when lived experience is first filled in, and asks only once', async () => {
      const me = await signedInPerson(platform, 'Cora Consent');
      const { consentWording } = await gqlAs<{ consentWording: string }>(
        platform,
        me,
        '{ consentWording(kind: LIVED_EXPERIENCE) }',
      );
      expect(consentWording).toBe(CONSENT_WORDING[ConsentKind.LIVED_EXPERIENCE]);
      const saved = await gqlAs<{ updateProfile: ProfileSeen }>(platform, me, UPDATE, {
        input: { livedExperience: 'Long COVID since 2021.', consentToLivedExperience: true },
      });
      expect(saved.updateProfile.livedExperience).toBe('Long COVID since 2021.');
      expect(saved.updateProfile.consents).toEqual([
        { kind: 'LIVED_EXPERIENCE', wording: consentWording, givenAt: expect.any(String), withdrawnAt: null },
      ]);
      // Consent given: later edits need no flag, and record no second consent.
      const edited = await gqlAs<{ updateProfile: ProfileSeen }>(platform, me, UPDATE, {
        input: { livedExperience: 'Long COVID since 2021; back at work part-time.' },
      });
      expect(edited.updateProfile.livedExperience).toBe('Long COVID since 2021; back at work part-time.');
      expect(edited.updateProfile.consents).toHaveLength(1);
      // Two first saves at once record one consent.
      const twin = await signedInPerson(platform, 'Tam Twin');
      await Promise.all(
        [1, 2, 3].map(() =>
          gql(twin, UPDATE, {
            input: { livedExperience: 'Carer for my son.', consentToLivedExperience: true },
          }),
        ),
      );
      expect(
        await platform.db.query('SELECT 1 FROM member_consents WHERE member_id = $1', [twin.id]),
      ).toHaveLength(1);
    });

    it('shows consents to the member only', async () => {
      const me = await signedInPerson(platform, 'Oona Owner');
      const other = await signedInPerson(platform, 'Ola Other');
      await gqlAs(platform, me, UPDATE, {
        input: { livedExperience: 'Epilepsy.', consentToLivedExperience: true },
      });
      const seen = await gqlAs<{ member: { consents: unknown } }>(
        platform,
        other,
        'query($id: ID!) { member(id: $id) { consents { kind } } }',
        { id: me.id },
      );
      expect(seen.member.consents).toBeNull();
      const byAdmin = await gql<{ member: { consents: unknown } }>(
        adminToken,
        'query($id: ID!) { member(id: $id) { consents { kind } } }',
        { id: me.id },
      );
      expect(byAdmin.data!.member.consents).toBeNull();
    });

    it('withdrawing clears lived experience, makes it private again, and a new consent is needed to refill it', async () => {
      const me = await signedInPerson(platform, 'Wyn Withdraw');
      const peer = await signedInPerson(platform, 'Pip Peer');
      await gqlAs(platform, me, UPDATE, {
        input: {
          livedExperience: 'Bipolar disorder, well managed.',
          consentToLivedExperience: true,
          visibility: [{ field: 'LIVED_EXPERIENCE', visibility: 'MEMBERS' }],
        },
      });
      const MEMBER = 'query($id: ID!) { member(id: $id) { livedExperience } }';
      expect(
        (await gqlAs<{ member: { livedExperience: string } }>(platform, peer, MEMBER, { id: me.id })).member,
      ).toEqual({ livedExperience: 'Bipolar disorder, well managed.' });

      const { withdrawConsent } = await gqlAs<{ withdrawConsent: ProfileSeen }>(platform, me, WITHDRAW);
      expect(withdrawConsent.livedExperience).toBeNull();
      expect(withdrawConsent.visibility).toContainEqual({ field: 'LIVED_EXPERIENCE', visibility: 'PRIVATE' });
      expect(withdrawConsent.consents).toEqual([
        { kind: 'LIVED_EXPERIENCE', withdrawnAt: expect.any(String) },
      ]);
      expect((await profileRow(me.id)).lived_experience).toBeNull();
      expect(
        (await gqlAs<{ member: { livedExperience: string } }>(platform, peer, MEMBER, { id: me.id })).member,
      ).toEqual({ livedExperience: null });
      // Withdrawing again is harmless.
      expect((await gql(me, WITHDRAW)).errors).toBeUndefined();

      const again = await gql(me, UPDATE, { input: { livedExperience: 'Bipolar disorder.' } });
      expect(again.errors?.[0]?.extensions.fields).toHaveProperty('consentToLivedExperience');
      const renewed = await gqlAs<{ updateProfile: ProfileSeen }>(platform, me, UPDATE, {
        input: { livedExperience: 'Bipolar disorder.', consentToLivedExperience: true },
      });
      expect(renewed.updateProfile.livedExperience).toBe('Bipolar disorder.');
      expect(renewed.updateProfile.consents).toEqual([
        expect.objectContaining({ withdrawnAt: null }),
        expect.objectContaining({ withdrawnAt: expect.any(String) }),
      ]);
      const { me: mine } = await gqlAs<{ me: ProfileSeen }>(platform, me, CONSENTS);
      expect(mine.consents).toHaveLength(2);
    });

    it('keeps handles of the former-member shape for former members', async () => {
      const me = await signedInPerson(platform, 'Hal Handle');
      const result = await gql(
        me,
        'mutation { updateProfile(input: { handle: "former-0123456789abcdef" }) { id } }',
      );
      expect(result.errors?.[0]?.extensions.fields).toHaveProperty('handle');
    });
  });

  describe('exportMyData', () => {
    let me: Person;
    let data: ExportSeen;
    let serialised: string;
    let groupId: string;
    let threadId: string;
    let eventId: string;
    let feedToken: string;
    const others: Record<string, Person> = {};

    beforeAll(async () => {
      me = await signedInPerson(platform, 'Exa Porter');
      others.priya = await signedInPerson(platform, 'Priya Private', {
        bio: 'PRIYA-PRIVATE-BIO',
        livedExperience: 'PRIYA-LIVED-EXPERIENCE',
        openToPairing: true,
        visibility: { BIO: 'PRIVATE' },
      });
      others.rae = await signedInPerson(platform, 'Rae Requester');
      others.bo = await signedInPerson(platform, 'Bo Blocked');
      const organiser = await signedInPerson(platform, 'Orla Organiser', { role: 'ORGANISER' });

      await gqlAs(platform, me, UPDATE, {
        input: {
          pronouns: 'they/them',
          headline: 'Patient leader, kidney care',
          bio: 'Dialysis patient turned co-designer.',
          livedExperience: 'Kidney transplant in 2019.',
          consentToLivedExperience: true,
          leaderType: 'PATIENT_LEADER',
          organisation: 'Kidney Voices',
          jobTitle: 'Chair',
          regionCode: 'LONDON',
          topicSlugs: ['long-term-conditions'],
          openToPairing: true,
          avatarUrl: 'https://images.example.org/exa.png',
          visibility: [{ field: 'BIO', visibility: 'GROUP_PEERS' }],
        },
      });
      const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
        platform,
        me,
        'mutation { createGroup(input: { name: "Kidney voices", visibility: PUBLIC }) { id } }',
      );
      groupId = createGroup.id;
      await gqlAs(platform, others.priya, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
        g: groupId,
      });
      const { createThread } = await gqlAs<{ createThread: { id: string } }>(
        platform,
        me,
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Transplant stories", body: "EXA-FIRST-POST" }) { id } }',
        { g: groupId },
      );
      threadId = createThread.id;
      const mine = await postAs(platform, me, threadId, 'EXA-DRAFT-WORDS');
      await gqlAs(
        platform,
        me,
        'mutation($id: ID!) { editMessage(id: $id, body: "EXA-EDITED-WORDS") { id } }',
        {
          id: mine,
        },
      );
      const priyas = await postAs(platform, others.priya, threadId, 'PRIYA-MESSAGE-WORDS');
      await gqlAs(
        platform,
        me,
        'mutation($id: ID!) { toggleReaction(messageId: $id, emoji: "🙏") { count } }',
        {
          id: priyas,
        },
      );
      await gqlAs(platform, me, 'mutation($t: ID!) { markThreadRead(threadId: $t, seq: 3) }', {
        t: threadId,
      });
      await gqlAs(
        platform,
        me,
        'mutation($m: ID!) { requestPairing(memberId: $m, message: "EXA-PAIRING-WORDS") { id } }',
        { m: others.priya.id },
      );
      await gqlAs(
        platform,
        others.rae,
        'mutation($m: ID!) { requestPairing(memberId: $m, message: "RAE-PRIVATE-PAIRING-WORDS") { id } }',
        { m: me.id },
      );
      await gqlAs(platform, me, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: others.bo.id });
      eventId = (await createEventAs(platform, organiser, { title: 'Transplant games' })).id;
      await rsvpAs(platform, me, eventId, 'GOING');
      await gqlAs(
        platform,
        me,
        'mutation { updateNotificationPreferences(input: { preferences: [{ kind: MENTION, channel: DAILY_DIGEST }] }) { kind } }',
      );
      const { me: withFeed } = await gqlAs<{ me: { calendarFeedUrl: string } }>(
        platform,
        me,
        '{ me { calendarFeedUrl } }',
      );
      feedToken = new URL(withFeed.calendarFeedUrl).pathname.slice('/calendar/'.length, -'.ics'.length);
      await until(
        async () =>
          (await platform.db.query('SELECT 1 FROM notifications WHERE recipient_id = $1', [me.id])).length >
          0,
        { what: 'the pairing request notification' },
      );
      data = await exportOf(me);
      serialised = JSON.stringify(data);
    });

    it('says what it is, and that nothing was cut short', () => {
      expect(data.about).toMatchObject({ format: 'confer-export/1', memberId: me.id, truncated: [] });
    });

    it('has the account and every profile field, with the audience of each', () => {
      expect(data.account).toMatchObject({ id: me.id, email: me.email, handle: me.handle, status: 'ACTIVE' });
      expect(data.profile).toMatchObject({
        displayName: 'Exa Porter',
        pronouns: 'they/them',
        headline: 'Patient leader, kidney care',
        bio: 'Dialysis patient turned co-designer.',
        livedExperience: 'Kidney transplant in 2019.',
        leaderType: 'PATIENT_LEADER',
        organisation: 'Kidney Voices',
        jobTitle: 'Chair',
        region: { code: 'LONDON', name: 'London' },
        topics: [{ slug: 'long-term-conditions', name: 'Long-term conditions' }],
        openToPairing: true,
        avatarUrl: 'https://images.example.org/exa.png',
        listedInDirectory: true,
        visibility: expect.objectContaining({
          BIO: 'GROUP_PEERS',
          LIVED_EXPERIENCE: 'PRIVATE',
          REGION: 'MEMBERS',
        }),
        directoryEntry: expect.objectContaining({ listed: true, regionCode: 'LONDON' }),
      });
      expect(data.consents).toEqual([
        expect.objectContaining({ kind: 'LIVED_EXPERIENCE', withdrawnAt: null, wording: expect.any(String) }),
      ]);
    });

    it('has their groups, threads, messages with earlier versions, reactions and read markers', () => {
      expect(data.groupMemberships).toEqual([
        expect.objectContaining({ groupId, name: 'Kidney voices', role: 'OWNER', status: 'ACTIVE' }),
      ]);
      expect(data.groupsCreated).toEqual([expect.objectContaining({ id: groupId, name: 'Kidney voices' })]);
      expect(data.threadsStarted).toEqual([
        expect.objectContaining({ id: threadId, title: 'Transplant stories' }),
      ]);
      expect(data.messages).toMatchObject({ total: 2, included: 2 });
      expect(data.messages.items.map((m) => m.body).sort()).toEqual(['EXA-EDITED-WORDS', 'EXA-FIRST-POST']);
      const edited = data.messages.items.find((m) => m.body === 'EXA-EDITED-WORDS')!;
      expect(edited.earlierVersions).toEqual([
        { previousBody: 'EXA-DRAFT-WORDS', editedAt: expect.any(String) },
      ]);
      expect(data.reactions).toEqual([expect.objectContaining({ emoji: '🙏' })]);
      expect(data.readMarkers).toContainEqual({ threadId, lastReadSeq: 3 });
    });

    it('has pairings (their own words only), blocks, RSVPs, notifications, preferences and the feed', () => {
      expect(data.pairingRequests).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            direction: 'SENT',
            otherMemberId: others.priya.id,
            message: 'EXA-PAIRING-WORDS',
          }),
          expect.objectContaining({ direction: 'RECEIVED', otherMemberId: others.rae.id, message: null }),
        ]),
      );
      expect(data.blockedMembers).toEqual([{ memberId: others.bo.id, blockedAt: expect.any(String) }]);
      expect(data.eventRsvps).toEqual([
        expect.objectContaining({ eventId, title: 'Transplant games', status: 'GOING' }),
      ]);
      expect(data.notifications.items).toContainEqual(
        expect.objectContaining({
          kind: 'PAIRING_REQUEST',
          summary: expect.stringContaining('Rae Requester'),
          link: '/pairings',
        }),
      );
      expect(data.notificationPreferences).toEqual([
        expect.objectContaining({ kind: 'MENTION', channel: 'DAILY_DIGEST' }),
      ]);
      expect(data.calendarFeed).toEqual({ created: true, timesRotated: 0 });
      expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    });

    it('holds nothing of what other members keep to themselves', () => {
      for (const words of [
        'PRIYA-PRIVATE-BIO',
        'PRIYA-LIVED-EXPERIENCE',
        'PRIYA-MESSAGE-WORDS',
        'RAE-PRIVATE-PAIRING-WORDS',
        others.priya.email,
        others.rae.email,
        others.bo.email,
      ]) {
        expect({ words, found: serialised.includes(words) }).toEqual({ words, found: false });
      }
    });

    it('never holds a secret', async () => {
      const [{ password_hash: passwordHash }] = await platform.db.query<{ password_hash: string }>(
        'SELECT password_hash FROM members WHERE id = $1',
        [me.id],
      );
      const hashes = await platform.db.query<{ token_hash: string }>(
        `SELECT token_hash FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE member_id = $1)`,
        [me.id],
      );
      expect(hashes.length).toBeGreaterThan(0);
      for (const secret of [
        passwordHash,
        '$argon2',
        feedToken,
        me.token,
        ...hashes.map((h) => h.token_hash),
      ]) {
        expect(serialised.includes(secret)).toBe(false);
      }
      expect(serialised).not.toMatch(/"(passwordHash|password_hash|tokenHash|token_hash)"/);
    });

    it('takes the codes out of the e-mails it holds', async () => {
      await platform.db.query(
        `INSERT INTO outbox_emails (recipient, subject, text)
         VALUES ($1, 'Reset your Confer password',
                 'Open http://confer.test/reset-password?token=SECRET-CODE-1 within one hour. If the link does not open, your reset code is: SECRET-CODE-2')`,
        [me.email],
      );
      const again = await exportOf(me);
      expect(again.emailsKept).toEqual([
        expect.objectContaining({
          subject: 'Reset your Confer password',
          text: expect.stringContaining('reset-password?token=(removed)'),
        }),
      ]);
      expect(JSON.stringify(again)).not.toMatch(/SECRET-CODE/);
    });
  });

  describe('deleteMyAccount', () => {
    let del: Person & { refreshToken: string };
    let friend: Person;
    let waiter: Person;
    let organiser: Person;
    let groupId: string;
    let soloGroupId: string;
    let threadId: string;
    let eventId: string;
    let feedPath: string;
    let pairingId: string;

    beforeAll(async () => {
      const created = await newMember(platform.db, {
        displayName: 'Zebedee Quartermaine',
        handle: 'zebedee',
        bio: 'Zebedee writes about dialysis.',
        headline: 'Kidney patient leader',
        regionCode: 'WALES',
        leaderType: 'PATIENT_LEADER',
        openToPairing: true,
        organisation: 'Zeb Org',
      });
      const login = await platform.graphql<{ login: { accessToken: string; refreshToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
        { input: { email: created.email, password: MEMBER_PASSWORD } },
      );
      del = {
        ...created,
        token: login.data!.login.accessToken,
        refreshToken: login.data!.login.refreshToken,
      };
      friend = await signedInPerson(platform, 'Fern Friend', {
        openToPairing: true,
        leaderType: 'HEALTHCARE_PROFESSIONAL',
      });
      waiter = await signedInPerson(platform, 'Wren Waiter');
      organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });

      await gqlAs(platform, del, UPDATE, {
        input: { livedExperience: 'Kidney failure at 30.', consentToLivedExperience: true },
      });
      groupId = (
        await gqlAs<{ createGroup: { id: string } }>(
          platform,
          del,
          'mutation { createGroup(input: { name: "Zebedee kidney club", visibility: PUBLIC }) { id } }',
        )
      ).createGroup.id;
      soloGroupId = (
        await gqlAs<{ createGroup: { id: string } }>(
          platform,
          del,
          'mutation { createGroup(input: { name: "Zebedee alone", visibility: PRIVATE }) { id } }',
        )
      ).createGroup.id;
      await gqlAs(platform, friend, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
        g: groupId,
      });
      threadId = (
        await gqlAs<{ createThread: { id: string } }>(
          platform,
          del,
          'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Dialysis tips", body: "ZEB-FIRST-WORDS" }) { id } }',
          { g: groupId },
        )
      ).createThread.id;
      await postAs(platform, friend, threadId, 'Thank you, this helps.');
      const draft = await postAs(platform, del, threadId, 'ZEB-DRAFT-WORDS');
      await gqlAs(
        platform,
        del,
        'mutation($id: ID!) { editMessage(id: $id, body: "ZEB-SECOND-THOUGHTS") { id } }',
        {
          id: draft,
        },
      );
      await gqlAs(platform, del, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: waiter.id });
      await gqlAs(platform, del, 'mutation($m: ID!) { unblockMember(memberId: $m) }', { m: waiter.id });
      await gqlAs(platform, del, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: organiser.id });
      pairingId = (
        await gqlAs<{ requestPairing: { id: string } }>(
          platform,
          del,
          'mutation($m: ID!) { requestPairing(memberId: $m, message: "ZEB-PAIRING-WORDS") { id } }',
          { m: friend.id },
        )
      ).requestPairing.id;
      eventId = (await createEventAs(platform, organiser, { title: 'Kidney walk', capacity: 1 })).id;
      await rsvpAs(platform, del, eventId, 'GOING');
      expect(await rsvpAs(platform, waiter, eventId, 'GOING')).toEqual({
        status: 'WAITLISTED',
        waitlistPosition: 1,
      });
      feedPath = new URL(
        (await gqlAs<{ me: { calendarFeedUrl: string } }>(platform, del, '{ me { calendarFeedUrl } }')).me
          .calendarFeedUrl,
      ).pathname;
      expect((await fetch(`${platform.apiUrl}${feedPath}`)).status).toBe(200);
      await jobsSettled((sql) => platform.db.query(sql));
    });

    it('refuses a wrong password, naming it, and changes nothing', async () => {
      const before = await platform.db.query('SELECT * FROM members WHERE id = $1', [del.id]);
      const profileBefore = await profileRow(del.id);
      const result = await gql(del, DELETE, { p: 'not my password at all' });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { password: expect.any(String) },
      });
      expect(await platform.db.query('SELECT * FROM members WHERE id = $1', [del.id])).toEqual(before);
      expect(await profileRow(del.id)).toEqual(profileBefore);
      expect((await gql(del, '{ me { id } }')).errors).toBeUndefined();
    });

    it('refuses while they are the last owner of a group with other members, and changes nothing', async () => {
      const result = await gql(del, DELETE, { p: MEMBER_PASSWORD });
      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toContain('Zebedee kidney club');
      expect(result.errors?.[0]?.message).not.toContain('Zebedee alone');
      const [row] = await platform.db.query<{ status: string }>('SELECT status FROM members WHERE id = $1', [
        del.id,
      ]);
      expect(row.status).toBe('ACTIVE');
      expect((await gql(del, '{ me { id } }')).errors).toBeUndefined();
    });

    describe('with the right password, once the group is handed over', () => {
      let closed: Promise<unknown>;

      beforeAll(async () => {
        // Before: suggested to others, and (once the request is accepted) paired.
        expect(
          (
            await gqlAs<{ suggestedPeers: Array<{ member: { id: string } }> }>(
              platform,
              waiter,
              '{ suggestedPeers(first: 50) { member { id } } }',
            )
          ).suggestedPeers.map((s) => s.member.id),
        ).toContain(del.id);
        await gqlAs(
          platform,
          friend,
          'mutation($r: ID!) { respondToPairing(requestId: $r, accept: true) { status } }',
          {
            r: pairingId,
          },
        );
        expect(
          (
            await gqlAs<{ me: { pairedWith: Array<{ id: string }> } }>(
              platform,
              friend,
              '{ me { pairedWith { id } } }',
            )
          ).me.pairedWith,
        ).toEqual([{ id: del.id }]);
        await jobsSettled((sql) => platform.db.query(sql));
        await gqlAs(
          platform,
          del,
          'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: OWNER) { role } }',
          { g: groupId, m: friend.id },
        );
        const socket = platform.connectSocket(del.token);
        await socketOutcome(socket);
        closed = new Promise((resolve) => socket.once('disconnect', resolve));
        const result = await gql<{ deleteMyAccount: boolean }>(del, DELETE, { p: MEMBER_PASSWORD });
        expect(result.errors).toBeUndefined();
        expect(result.data!.deleteMyAccount).toBe(true);
      });

      it('signs them out everywhere: login, the old access token, the refresh token and sockets are refused', async () => {
        const login = await platform.graphql(
          'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
          { input: { email: del.email, password: MEMBER_PASSWORD } },
        );
        expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        expect((await gql(del, '{ me { id } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        const refresh = await platform.graphql(
          'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
          { t: del.refreshToken },
        );
        expect(refresh.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        await closed;
        await expect(socketOutcome(platform.connectSocket(del.token))).rejects.toThrow('UNAUTHENTICATED');
      });

      it('shows them to everyone, admins included, as a former member with nothing personal', async () => {
        for (const token of [friend.token, adminToken]) {
          const { data } = await gql<{ member: Record<string, unknown> }>(
            token,
            `query($id: ID!) { member(id: $id) { ${PERSONAL} } }`,
            { id: del.id },
          );
          expect(data!.member).toEqual({
            id: del.id,
            handle: expect.stringMatching(/^former-[0-9a-f]{16}$/),
            displayName: 'Former member',
            email: null,
            pronouns: null,
            headline: null,
            bio: null,
            livedExperience: null,
            leaderType: null,
            organisation: null,
            jobTitle: null,
            region: null,
            topics: null,
            cohort: null,
            avatarUrl: null,
            listedInDirectory: null,
            visibility: null,
            consents: null,
          });
        }
      });

      it('keeps their messages in the thread, by "Former member"', async () => {
        const { thread } = await gqlAs<{
          thread: { author: Row; messages: { edges: Array<{ node: Row }> } };
        }>(
          platform,
          friend,
          `query($id: ID!) { thread(id: $id) { author { displayName }
             messages(first: 10) { edges { node { body author { id displayName handle bio } } } } } }`,
          { id: threadId },
        );
        expect(thread.author).toEqual({ displayName: 'Former member' });
        expect(thread.messages.edges.map((e) => e.node)).toEqual([
          {
            body: 'ZEB-FIRST-WORDS',
            author: {
              id: del.id,
              displayName: 'Former member',
              handle: expect.stringMatching(/^former-/),
              bio: null,
            },
          },
          expect.objectContaining({ body: 'Thank you, this helps.' }),
          expect.objectContaining({
            body: 'ZEB-SECOND-THOUGHTS',
            author: expect.objectContaining({ id: del.id }),
          }),
        ]);
      });

      it('takes them out of the directory, suggestions, groups and pairings', async () => {
        const search = await gqlAs<{ members: { totalCount: number } }>(
          platform,
          friend,
          '{ members(filter: { text: "Zebedee" }) { totalCount } }',
        );
        expect(search.members.totalCount).toBe(0);
        const wales = await gqlAs<{ members: { edges: Array<{ node: { id: string } }> } }>(
          platform,
          friend,
          '{ members(filter: { regions: ["WALES"] }, first: 100) { edges { node { id } } } }',
        );
        expect(wales.members.edges.map((e) => e.node.id)).not.toContain(del.id);
        const { suggestedPeers } = await gqlAs<{ suggestedPeers: Array<{ member: { id: string } }> }>(
          platform,
          waiter,
          '{ suggestedPeers(first: 50) { member { id } } }',
        );
        expect(suggestedPeers.map((s) => s.member.id)).not.toContain(del.id);
        const { group } = await gqlAs<{ group: { memberCount: number } }>(
          platform,
          friend,
          'query($id: ID!) { group(id: $id) { memberCount } }',
          { id: groupId },
        );
        expect(group.memberCount).toBe(1);
        const { me } = await gqlAs<{ me: { pairedWith: unknown[] } }>(
          platform,
          friend,
          '{ me { pairedWith { id } } }',
        );
        expect(me.pairedWith).toEqual([]);
      });

      it('gives their place to the first in line, who is told, and drops them from the attendees', async () => {
        const { event } = await gqlAs<{ event: Row }>(
          platform,
          organiser,
          `query($id: ID!) { event(id: $id) { goingCount waitlistCount
             attendees { going { displayName } waitlisted { displayName } } } }`,
          { id: eventId },
        );
        expect(event).toEqual({
          goingCount: 1,
          waitlistCount: 0,
          attendees: { going: [{ displayName: 'Wren Waiter' }], waitlisted: [] },
        });
        await until(
          async () =>
            (
              await platform.db.query(
                `SELECT 1 FROM notifications WHERE recipient_id = $1 AND kind = 'WAITLIST_PROMOTED' AND event_id = $2`,
                [waiter.id, eventId],
              )
            ).length === 1,
          { what: 'the promotion notification' },
        );
      });

      it('ends their calendar feed', async () => {
        expect((await fetch(`${platform.apiUrl}${feedPath}`)).status).toBe(404);
      });

      it('keeps nothing personal in what remains of the account', async () => {
        const [account] = await platform.db.query<Record<string, unknown>>(
          'SELECT * FROM members WHERE id = $1',
          [del.id],
        );
        expect(account).toMatchObject({
          status: 'DELETED',
          email: `deleted:${del.id}`,
          display_name: 'Former member',
          password_hash: null,
        });
        const profile = await profileRow(del.id);
        expect(profile).toMatchObject({
          display_name: 'Former member',
          pronouns: null,
          headline: null,
          bio: null,
          lived_experience: null,
          leader_type: null,
          organisation: null,
          job_title: null,
          region_code: null,
          topic_ids: [],
          avatar_url: null,
          open_to_pairing: false,
          in_directory: false,
        });
        const [directory] = await platform.db.query<{ search: string; dir_region_code: string | null }>(
          'SELECT search::text, dir_region_code FROM member_profiles WHERE member_id = $1',
          [del.id],
        );
        expect(directory.dir_region_code).toBeNull();
        expect(directory.search).not.toMatch(/zebedee|dialysis/i);
        const everything = JSON.stringify([account, profile]);
        expect(
          await platform.db.query(`SELECT 1 FROM message_edits WHERE previous_body LIKE '%ZEB-DRAFT-WORDS%'`),
        ).toHaveLength(0);
        for (const words of ['Zebedee', 'zebedee', del.email, 'Kidney failure', 'Zeb Org']) {
          expect(everything.includes(words)).toBe(false);
        }
        const left = await platform.db.query<{ what: string; n: number }>(
          `SELECT 'memberships' AS what, count(*)::int AS n FROM group_memberships WHERE member_id = $1
           UNION ALL SELECT 'pairings', count(*)::int FROM pairing_requests WHERE $1 IN (requester_id, recipient_id)
           UNION ALL SELECT 'blocks', count(*)::int FROM member_blocks WHERE $1 IN (blocker_id, blocked_id)
           UNION ALL SELECT 'rsvps', count(*)::int FROM event_rsvps WHERE member_id = $1
           UNION ALL SELECT 'notifications', count(*)::int FROM notifications WHERE recipient_id = $1
           UNION ALL SELECT 'feed', count(*)::int FROM calendar_feeds WHERE member_id = $1
           UNION ALL SELECT 'open sessions', count(*)::int FROM sessions WHERE member_id = $1 AND revoked_at IS NULL
           UNION ALL SELECT 'refresh tokens', count(*)::int
                       FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE member_id = $1)
           UNION ALL SELECT 'active consents', count(*)::int
                       FROM member_consents WHERE member_id = $1 AND withdrawn_at IS NULL
           UNION ALL SELECT 'messages kept', count(*)::int FROM messages WHERE author_id = $1
           UNION ALL SELECT 'earlier versions', count(*)::int
                       FROM message_edits WHERE message_id IN (SELECT id FROM messages WHERE author_id = $1)`,
          [del.id],
        );
        expect(Object.fromEntries(left.map((row) => [row.what, row.n]))).toEqual({
          memberships: 0,
          pairings: 0,
          blocks: 0,
          rsvps: 0,
          notifications: 0,
          feed: 0,
          'open sessions': 0,
          'refresh tokens': 0,
          'active consents': 0,
          'messages kept': 2,
          'earlier versions': 0,
        });
        // Their words went from others' notifications of the pairing they asked for.
        expect(
          await platform.db.query(`SELECT 1 FROM notifications WHERE detail LIKE '%ZEB-PAIRING-WORDS%'`),
        ).toHaveLength(0);
        expect(
          await platform.db.query(
            `SELECT 1 FROM audit_log WHERE action = 'DELETE_ACCOUNT' AND subject_id = $1 AND actor_id = $1`,
            [del.id],
          ),
        ).toHaveLength(1);
        // A group they were alone in stays, without members, for the admins.
        expect(
          await platform.db.query('SELECT 1 FROM group_memberships WHERE group_id = $1', [soloGroupId]),
        ).toHaveLength(0);
      });

      it('lets an admin invite the address again, and the person register anew', async () => {
        const invited = await gql<{ createInvitation: { token: string } }>(
          adminToken,
          'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
          { e: del.email },
        );
        expect(invited.errors).toBeUndefined();
        const registered = await platform.graphql<{ register: { member: Record<string, unknown> } }>(
          `mutation($input: RegisterInput!) { register(input: $input) { member { id displayName email bio } } }`,
          {
            input: {
              invitationToken: invited.data!.createInvitation.token,
              email: del.email,
              password: 'a brand new password',
              displayName: 'Zebedee Again',
            },
          },
        );
        expect(registered.errors).toBeUndefined();
        expect(registered.data!.register.member).toMatchObject({
          displayName: 'Zebedee Again',
          email: del.email,
          bio: null,
        });
        expect(registered.data!.register.member.id).not.toBe(del.id);
      });
    });
  });

  describe('retention', () => {
    it('deletes what is past its time and keeps the rest', async () => {
      const someone = await newMember(platform.db);
      const old = `now() - interval '${RETENTION_DAYS.sessions + 1} days'`;
      await platform.db.query(
        `INSERT INTO sessions (member_id, created_at, last_used_at) VALUES ($1, ${old}, ${old}), ($1, now(), now())`,
        [someone.id],
      );
      await platform.db.query(
        `INSERT INTO outbox_emails (recipient, subject, text, created_at)
         VALUES ('old@example.org', 'old', 'old', now() - interval '${RETENTION_DAYS.outboxEmails + 1} days'),
                ('new@example.org', 'new', 'new', now())`,
      );
      await platform.db.query(
        `INSERT INTO invitations (email, role, token_hash, expires_at)
         VALUES ('never-came@example.org', 'MEMBER', 'h-old', now() - interval '${RETENTION_DAYS.invitationsNotAccepted + 1} days'),
                ('still-open@example.org', 'MEMBER', 'h-new', now() + interval '1 day')`,
      );
      const removed = await platform.api.get(RetentionSweep).sweep();
      expect(removed.sessions).toBeGreaterThanOrEqual(1);
      expect(
        await platform.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM sessions WHERE member_id = $1',
          [someone.id],
        ),
      ).toEqual([{ n: 1 }]);
      expect(
        (await platform.db.query<{ recipient: string }>('SELECT recipient FROM outbox_emails')).map(
          (r) => r.recipient,
        ),
      ).not.toContain('old@example.org');
      const invitations = (await platform.db.query<{ email: string }>('SELECT email FROM invitations')).map(
        (r) => r.email,
      );
      expect(invitations).toContain('still-open@example.org');
      expect(invitations).not.toContain('never-came@example.org');
      // Running it again is harmless.
      expect((await platform.api.get(RetentionSweep).sweep()).sessions).toBe(0);
    });
  });
});
