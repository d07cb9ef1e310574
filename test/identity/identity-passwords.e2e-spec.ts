// Identity: changing a password (ending the other sessions) and resetting a forgotten one by a mailed single-use
// link. Signing in and sessions: identity-sign-in-and-sessions; invitations and registration:
// identity-invitations-and-registration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MailCatcher } from '../support/mail-catcher.js';
import {
  identityHelpers,
  LOGIN,
  ME,
  REGISTER,
  startIdentityPlatform,
  stopIdentityPlatform,
  type IdentityPlatform,
  type Tokens,
} from '../support/identity.js';
import { recordStatements } from '../support/statement-counter.js';
import type { TestPlatform } from '../support/test-platform.js';

describe('identity, walked through as a new member would', () => {
  let identity: IdentityPlatform;
  let platform: TestPlatform;
  let mail: MailCatcher;
  const { invite, registerNew } = identityHelpers(() => identity);

  beforeAll(async () => {
    identity = await startIdentityPlatform();
    ({ platform, mail } = identity);
  });

  afterAll(() => stopIdentityPlatform(identity));

  it('changes a password, ending the other sessions but not this one', async () => {
    const here = await registerNew('change@example.org', 'Cam Change');
    const elsewhere = (
      await platform.graphql<{ login: Tokens }>(LOGIN, {
        input: { email: 'change@example.org', password: 'correct horse battery staple' },
      })
    ).data!.login;
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    const wrongCurrent = await platform.graphql(
      CHANGE,
      { c: 'not my password here', n: 'a brand new passphrase' },
      here.accessToken,
    );
    expect(wrongCurrent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { currentPassword: expect.any(String) },
    });

    const changed = await platform.graphql(
      CHANGE,
      { c: 'correct horse battery staple', n: 'a brand new passphrase' },
      here.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    expect((await platform.graphql(ME, {}, here.accessToken)).errors).toBeUndefined();
    expect((await platform.graphql(ME, {}, elsewhere.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (
        await platform.graphql(LOGIN, {
          input: { email: 'change@example.org', password: 'correct horse battery staple' },
        })
      ).errors,
    ).toBeDefined();
    expect(
      (
        await platform.graphql(LOGIN, {
          input: { email: 'change@example.org', password: 'a brand new passphrase' },
        })
      ).errors,
    ).toBeUndefined();
  });

  it('resets a forgotten password by a mailed single-use link, ending every session', async () => {
    const before = await registerNew('forgot@example.org', 'Fran Forgot');
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';

    expect(
      (await platform.graphql<{ requestPasswordReset: boolean }>(REQUEST, { e: 'nobody-here@example.org' }))
        .data?.requestPasswordReset,
    ).toBe(true);
    expect(
      (await platform.graphql<{ requestPasswordReset: boolean }>(REQUEST, { e: 'Forgot@example.org' })).data
        ?.requestPasswordReset,
    ).toBe(true);
    const mailed = await mail.waitFor('forgot@example.org', /Reset your Confer password/);
    const token = /reset-password\?token=([\w-]+)/.exec(mailed.text)?.[1];
    expect(token).toBeDefined();
    expect(mail.mails.some((m) => m.to === 'nobody-here@example.org')).toBe(false);

    const weak = await platform.graphql(RESET, { t: token, p: '1qaz2wsx3edc' });
    expect(weak.errors?.[0]?.extensions.fields).toEqual({ password: expect.any(String) });
    expect((await platform.graphql(RESET, { t: token, p: 'remembered at last' })).errors).toBeUndefined();
    expect((await platform.graphql(ME, {}, before.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (
        await platform.graphql(LOGIN, {
          input: { email: 'forgot@example.org', password: 'remembered at last' },
        })
      ).errors,
    ).toBeUndefined();

    const reused = await platform.graphql(RESET, { t: token, p: 'and once more again' });
    expect(reused.errors?.[0]?.extensions.fields).toEqual({
      token: expect.stringContaining('already been used'),
    });
  });

  it('refuses a reset link older than one hour', async () => {
    await registerNew('slow@example.org', 'Sol Slow');
    await platform.graphql('mutation { requestPasswordReset(email: "slow@example.org") }');
    const mailed = await mail.waitFor('slow@example.org', /Reset your Confer password/);
    const token = /reset-password\?token=([\w-]+)/.exec(mailed.text)![1];
    const [row] = await platform.db.query<{ minutes: number }>(
      "SELECT extract(epoch FROM expires_at - created_at) / 60 AS minutes FROM password_reset_tokens t JOIN members m ON m.id = t.member_id WHERE m.email = 'slow@example.org'",
    );
    expect(Number(row?.minutes)).toBeCloseTo(60, 0);
    await platform.db.query("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'");
    const late = await platform.graphql(
      'mutation($t: String!) { resetPassword(token: $t, password: "too late for this one") }',
      { t: token },
    );
    expect(late.errors?.[0]?.extensions.fields).toEqual({ token: expect.stringContaining('expired') });
  });

  it('refuses real breached passwords of 12 characters or more on register, reset and change, and takes a passphrase', async () => {
    const BREACHED = /data breaches/;
    const refused = await platform.graphql(REGISTER, {
      input: {
        invitationToken: await invite('breached@example.org'),
        email: 'breached@example.org',
        password: 'iloveyoubaby',
        displayName: 'Bree Breached',
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.stringMatching(BREACHED) },
    });
    const member = await registerNew('breached@example.org', 'Bree Breached', 'my own long passphrase here');

    const changed = await platform.graphql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: 'my own long passphrase here', n: 'ManchesterUnited' },
      member.accessToken,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: expect.stringMatching(BREACHED) },
    });

    await platform.graphql('mutation { requestPasswordReset(email: "breached@example.org") }');
    const mailed = await mail.waitFor('breached@example.org', /Reset your Confer password/);
    const token = /reset-password\?token=([\w-]+)/.exec(mailed.text)![1];
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
    const reset = await platform.graphql(RESET, { t: token, p: 'y3k7nf9afuck123' });
    expect(reset.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.stringMatching(BREACHED) },
    });
    expect(
      (await platform.graphql(RESET, { t: token, p: 'lantern over the quiet harbour' })).errors,
    ).toBeUndefined();
  });

  it('answers a reset request for a member with the same statements as for a non-member; the mail comes by a job', async () => {
    await registerNew('same-time@example.org', 'Sam Same');
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const asked = (email: string) =>
      recordStatements(platform.api, async () => {
        const result = await platform.graphql<{ requestPasswordReset: boolean }>(REQUEST, { e: email });
        expect(result.data?.requestPasswordReset).toBe(true);
      });
    // A job worker of the API may run meanwhile and add its own statements: one pair alike of up to three proves
    // that the request does no member-dependent work itself (before, the member's always added the token's INSERT).
    let pairs: Array<[string[], string[]]> = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      pairs = [...pairs, [await asked('same-time@example.org'), await asked('not-a-member@example.org')]];
      if (
        pairs.some(([member, stranger]) => stranger.length > 0 && member.join('\n') === stranger.join('\n'))
      )
        break;
    }
    expect(pairs.some(([member, stranger]) => member.join('\n') === stranger.join('\n'))).toBe(true);

    const mailed = await mail.waitFor('same-time@example.org', /Reset your Confer password/);
    expect(mailed.text).toMatch(/reset-password\?token=[\w-]+/);
    expect(mail.mails.some((m) => m.to === 'not-a-member@example.org')).toBe(false);
  });
});
