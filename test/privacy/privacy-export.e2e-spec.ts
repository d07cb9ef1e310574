import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEventAs, rsvpAs } from '../support/events.js';
import { gqlAs, postAs, signedInPerson, type Person } from '../support/people.js';
import { UPDATE, privacyHelpers, type ExportSeen } from '../support/privacy.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

/** Privacy (UK GDPR): exportMyData, everything a member's own and nothing of anyone else's. */
describe('privacy: consent, export and account deletion', () => {
  let platform: TestPlatform;

  const { exportOf } = privacyHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

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

    it('holds the e-mails sent to them, but not the words other members wrote in them', async () => {
      const { startDirectThread } = await gqlAs<{ startDirectThread: { id: string } }>(
        platform,
        others.rae,
        'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
        { m: me.id },
      );
      await postAs(platform, others.rae, startDirectThread.id, 'RAE-DIRECT-WORDS about her own treatment');
      await postAs(platform, me, startDirectThread.id, 'EXA-DIRECT-REPLY');
      await until(
        async () =>
          (
            await platform.db.query('SELECT 1 FROM outbox_emails WHERE recipient = $1 AND text LIKE $2', [
              me.email,
              '%RAE-DIRECT-WORDS%',
            ])
          ).length > 0,
        { what: 'the e-mail quoting Rae’s message' },
      );
      const again = await exportOf(me);
      const mailed = again.emailsKept as Array<{ subject: string; text: string }>;
      // The e-mail is there (that it was sent, when, and what about) ...
      expect(mailed).toContainEqual(
        expect.objectContaining({ subject: expect.stringContaining('Rae Requester sent you a message') }),
      );
      // ... but not Rae's words, in the e-mail or anywhere else; the member's own words are theirs.
      const whole = JSON.stringify(again);
      expect(whole).not.toContain('RAE-DIRECT-WORDS');
      expect(whole).toContain('EXA-DIRECT-REPLY');
    });
  });
});
