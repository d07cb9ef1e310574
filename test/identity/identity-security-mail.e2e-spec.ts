// Identity: a member is e-mailed (through the job queue, to the real SMTP catcher) when their password is changed or
// reset, and when a browser or device they have not signed in from before signs in, each time with a way to act if
// it was not them. Sessions themselves: identity-my-sessions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MailCatcher } from '../support/mail-catcher.js';
import {
  graphqlFrom,
  identityHelpers,
  LOGIN,
  startIdentityPlatform,
  stopIdentityPlatform,
  type IdentityPlatform,
} from '../support/identity.js';
import type { TestPlatform } from '../support/test-platform.js';
import { jobsSettled } from '../support/until.js';

const PASSWORD = 'correct horse battery staple';
const TABLET = 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) Version/17.4 Mobile Safari/604.1';
const RESET_LINK = 'http://confer.test/forgot-password';
const SESSIONS_LINK = 'http://confer.test/sessions';

describe('security mail', () => {
  let identity: IdentityPlatform;
  let platform: TestPlatform;
  let mail: MailCatcher;
  const { registerNew } = identityHelpers(() => identity);

  beforeAll(async () => {
    identity = await startIdentityPlatform();
    ({ platform, mail } = identity);
  });

  afterAll(() => stopIdentityPlatform(identity));

  const settled = () => jobsSettled((sql) => platform.db.query(sql));
  const mailsTo = (to: string, subject: RegExp) =>
    mail.mails.filter((m) => m.to === to && subject.test(m.subject));

  it('mails the member when their password is changed, with a way to act if it was not them', async () => {
    const member = await registerNew('changed-mail@example.org', 'Cal Changed');
    const changed = await platform.graphql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: PASSWORD, n: 'a fresh passphrase of mine' },
      member.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    const mailed = await mail.waitFor('changed-mail@example.org', /password has been changed/);
    expect(mailed.text).toMatch(/was just changed/);
    expect(mailed.text).toMatch(/If this wasn’t you/);
    expect(mailed.text).toContain(RESET_LINK);
    expect(mailed.text).toContain(SESSIONS_LINK);
    expect(mailed.text).not.toContain('a fresh passphrase of mine');
  });

  it('mails the member when their password is reset', async () => {
    await registerNew('reset-mail@example.org', 'Rae Reset');
    await platform.graphql('mutation { requestPasswordReset(email: "reset-mail@example.org") }');
    const link = await mail.waitFor('reset-mail@example.org', /Reset your Confer password/);
    const token = /reset-password\?token=([\w-]+)/.exec(link.text)![1];
    expect(mailsTo('reset-mail@example.org', /password has been changed/)).toHaveLength(0);
    const reset = await platform.graphql(
      'mutation($t: String!) { resetPassword(token: $t, password: "a passphrase I will keep") }',
      { t: token },
    );
    expect(reset.errors).toBeUndefined();
    const mailed = await mail.waitFor('reset-mail@example.org', /password has been changed/);
    expect(mailed.text).toMatch(/reset with a link/);
    expect(mailed.text).toContain(RESET_LINK);
  });

  it('mails the member when a new device signs in, and not when the same device signs in again', async () => {
    await registerNew('device-mail@example.org', 'Dee Device'); // signed in by registering, from `node`
    const signIn = async (userAgent: string) => {
      const result = await graphqlFrom(platform, userAgent, LOGIN, {
        input: { email: 'device-mail@example.org', password: PASSWORD },
      });
      expect(result.errors).toBeUndefined();
    };
    await signIn('node');
    await settled();
    expect(mailsTo('device-mail@example.org', /new sign-in/)).toHaveLength(0);

    await signIn(TABLET);
    const mailed = await mail.waitFor('device-mail@example.org', /A new sign-in to your Confer account/);
    expect(mailed.text).toContain(TABLET);
    expect(mailed.text).toMatch(/If this wasn’t you/);
    expect(mailed.text).toContain(RESET_LINK);
    expect(mailed.text).toContain(SESSIONS_LINK);

    await signIn(TABLET);
    await signIn(TABLET.replace('17.4', '17.5').replace('17_4', '17_5')); // the same tablet, its browser updated
    await settled();
    expect(mailsTo('device-mail@example.org', /new sign-in/)).toHaveLength(1);
  });
});
