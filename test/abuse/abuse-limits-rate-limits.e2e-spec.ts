import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RateLimitedError } from '#libs/errors';
import { Throttle } from '#libs/rate-limits';
import { ABUSE_LIMITS_ENV, RESET_REQUEST, codeOf, fromAddresses } from '../support/abuse-limits.js';
import { newMember } from '../support/member-factory.js';
import { signedInPerson, privateThread, type Person } from '../support/people.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }';
const INVITE = 'mutation($e: String!) { createInvitation(input: { email: $e }) { token } }';
const POST = 'mutation($i: PostMessageInput!) { postMessage(input: $i) { id } }';

/** Abuse limits beyond signing in: registration, password resets, invitations, messages, and the Throttle itself. */
describe('abuse limits (issue 8, item 4)', () => {
  let platform: TestPlatform;
  const { from } = fromAddresses(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform(ABUSE_LIMITS_ENV);
  });

  afterAll(() => platform.close());

  describe('registration, password resets, invitations, messages and reports', () => {
    it('refuses registration from an address after 20 invitation codes that did not work', async () => {
      const address = '192.0.2.20';
      const attempt = (email: string, code: string) =>
        from(address, REGISTER, {
          i: { invitationToken: code, email, password: 'a long enough password', displayName: 'Guess Work' },
        });
      for (let i = 0; i < 20; i++) {
        const answer = await attempt(`guess-${i}@example.org`, `made-up-code-${i}`);
        expect(answer.body.errors?.[0]?.extensions.fields).toEqual({ invitationToken: expect.any(String) });
      }
      const refused = await attempt('guess-21@example.org', 'made-up-code-21');
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/invitation codes that did not work/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      const admin = await platform.login(ADMIN.email, ADMIN.password);
      // Issue 17: someone at the same address with a right code still registers (codes are long random secrets:
      // the wrong ones are what is limited).
      const neighbour = await platform.graphql<{ createInvitation: { token: string } }>(
        INVITE,
        { e: 'neighbour@example.org' },
        admin,
      );
      const sameAddress = await attempt('neighbour@example.org', neighbour.data!.createInvitation.token);
      expect(sameAddress.body.errors).toBeUndefined();
      expect(sameAddress.body.data).toEqual({ register: { accessToken: expect.any(String) } });
      // A wrong code from there is still refused as limited.
      expect(codeOf(await attempt('guess-22@example.org', 'made-up-code-22'))).toBe('RATE_LIMITED');
      // Someone else, elsewhere, with a real invitation registers as usual.

      const invitation = await platform.graphql<{ createInvitation: { token: string } }>(
        INVITE,
        { e: 'welcome@example.org' },
        admin,
      );
      const welcome = await from('192.0.2.21', REGISTER, {
        i: {
          invitationToken: invitation.data!.createInvitation.token,
          email: 'welcome@example.org',
          password: 'a long enough password',
          displayName: 'Real Person',
        },
      });
      expect(welcome.body.errors).toBeUndefined();
    });

    it('limits password resets per e-mail address and per client address, member or not alike', async () => {
      const member = await newMember(platform.db, { displayName: 'Often Forgets' });
      for (const email of [member.email, 'not-a-member@example.org']) {
        for (let i = 0; i < 5; i++) {
          expect((await from('192.0.2.30', RESET_REQUEST, { e: email })).body.data).toEqual({
            requestPasswordReset: true,
          });
        }
        const sixth = await from('192.0.2.31', RESET_REQUEST, { e: email });
        expect(sixth.body.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/Several reset e-mails have been asked for this address/),
          extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
        });
      }
      // Per client address: 20 an hour, whichever addresses are asked about.
      for (let i = 0; i < 20; i++) {
        expect(
          codeOf(await from('192.0.2.32', RESET_REQUEST, { e: `someone-${i}@example.org` })),
        ).toBeUndefined();
      }
      const refused = await from('192.0.2.32', RESET_REQUEST, { e: 'someone-else@example.org' });
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.body.errors?.[0]?.message).toMatch(/many password reset requests from your network/);
    });

    it('lets one organiser or admin send at most 100 invitations an hour', async () => {
      const organiser = await signedInPerson(platform, 'Busy Organiser', { role: 'ORGANISER' });
      for (let i = 0; i < 100; i++) {
        const answer = await platform.graphql(INVITE, { e: `invitee-${i}@example.org` }, organiser.token);
        expect(answer.errors).toBeUndefined();
      }
      const refused = await platform.graphql(INVITE, { e: 'invitee-101@example.org' }, organiser.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/You have sent 100 invitations in the last hour/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      const other = await signedInPerson(platform, 'Other Organiser', { role: 'ORGANISER' });
      expect(
        (await platform.graphql(INVITE, { e: 'invitee-101@example.org' }, other.token)).errors,
      ).toBeUndefined();
    });

    it('lets a member post REALTIME_SEND_LIMIT messages a minute through GraphQL, as on the socket', async () => {
      const owner: Person = await signedInPerson(platform, 'Quick Typist');
      const friend: Person = await signedInPerson(platform, 'Slow Typist');
      const { threadId } = await privateThread(platform, owner, [friend], 'Chatter');
      const limit = platform.config.realtimeSendLimit;
      expect(limit).toBe(60);
      for (let i = 0; i < limit; i++) {
        expect(
          (await platform.graphql(POST, { i: { threadId, body: `message ${i}` } }, owner.token)).errors,
        ).toBeUndefined();
      }
      const refused = await platform.graphql(POST, { i: { threadId, body: 'one too many' } }, owner.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/You are sending very quickly/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      expect(refused.errors![0].extensions.retryAfter).toBeLessThanOrEqual(60);
      const [{ n }] = await platform.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM messages WHERE body = 'one too many'",
      );
      expect(n).toBe(0);
      expect(
        (await platform.graphql(POST, { i: { threadId, body: 'my turn' } }, friend.token)).errors,
      ).toBeUndefined();
    });

    it('gives other domains one call that counts and refuses (reports: throttle.require), and sweeps ended windows', async () => {
      const throttle = platform.api.get(Throttle);
      for (let i = 0; i < 3; i++) await throttle.require('report:someone', 3, 3600);
      const refusal = await throttle.require('report:someone', 3, 3600).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RateLimitedError);
      expect(refusal).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      expect((refusal as RateLimitedError).retryAfter).toBeGreaterThan(3500);
      // Refused calls are not counted: the counter stays at the limit.
      expect((await throttle.peek(['report:someone'])).get('report:someone')?.count).toBe(3);

      await platform.db.query(
        "UPDATE throttle_counters SET expires_at = now() - interval '1 second' WHERE key = 'report:someone'",
      );
      expect(await throttle.sweep()).toBeGreaterThanOrEqual(1);
      expect(await platform.db.query("SELECT 1 FROM throttle_counters WHERE key = 'report:someone'")).toEqual(
        [],
      );
      await throttle.require('report:someone', 3, 3600);
    });
  });
});
