import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSENT_WORDING, ConsentKind } from '#libs/members';
import { RETENTION_DAYS, RetentionSweep } from '#libs/privacy';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { gqlAs, signedInPerson } from '../support/people.js';
import {
  CONSENTS,
  DELETE,
  EXPORT,
  UPDATE,
  WITHDRAW,
  privacyHelpers,
  type ProfileSeen,
} from '../support/privacy.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** Privacy (UK GDPR): signing in first, explicit consent to keep lived experience, and the retention sweep. */
describe('privacy: consent, export and account deletion', () => {
  let platform: TestPlatform;
  let adminToken: string;

  const { gql, profileRow } = privacyHelpers(() => platform);

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

  describe('retention', () => {
    it('deletes what is past its time and keeps the rest', async () => {
      const someone = await newMember(platform.db);
      const old = `now() - interval '${RETENTION_DAYS.sessions + 1} days'`;
      await platform.db.query(
        `INSERT INTO sessions (member_id, created_at, last_used_at, expires_at) VALUES ($1, ${old}, ${old}, ${old} + interval '30 days'), ($1, now(), now(), now() + interval '30 days')`,
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
