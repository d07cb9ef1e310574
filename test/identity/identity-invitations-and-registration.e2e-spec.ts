// Identity: invitations (mailed through the job queue, who may invite whom) and registering by one (handles,
// expired and misaddressed invitations, weak passwords). Signing in and sessions: identity-sign-in-and-sessions;
// changing and resetting a password: identity-passwords.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobQueue } from '#libs/jobs';
import type { MailCatcher } from '../support/mail-catcher.js';
import {
  identityHelpers,
  INVITE,
  ME,
  REGISTER,
  startIdentityPlatform,
  stopIdentityPlatform,
  type IdentityPlatform,
  type Tokens,
} from '../support/identity.js';
import type { TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

describe('identity, walked through as a new member would', () => {
  let identity: IdentityPlatform;
  let platform: TestPlatform;
  let mail: MailCatcher;
  let adminToken: string;
  const { invite, registerNew } = identityHelpers(() => identity);

  beforeAll(async () => {
    identity = await startIdentityPlatform();
    ({ platform, mail, adminToken } = identity);
  });

  afterAll(() => stopIdentityPlatform(identity));

  it('mails an invitation whose code registers the invitee once, with a unique handle', async () => {
    const result = await platform.graphql<{
      createInvitation: {
        token: string;
        mailSent: boolean;
        invitation: { email: string; role: string; expiresAt: string };
      };
    }>(INVITE, { input: { email: 'Priya.Shah@Example.org', role: 'MEMBER' } }, adminToken);
    const { token, mailSent, invitation } = result.data!.createInvitation;
    expect(mailSent).toBe(true);
    expect(invitation.email).toBe('priya.shah@example.org');
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const mailed = await mail.waitFor('priya.shah@example.org', /invited you to join Confer/);
    expect(mailed.text).toContain(`http://confer.test/register?invitation=${token}`);

    const registered = await platform.graphql<{
      register: Tokens & { member: { handle: string; role: string; email: string } };
    }>(REGISTER, {
      input: {
        invitationToken: token,
        email: 'priya.shah@example.org',
        password: 'a garden of quiet words',
        displayName: 'Priya Shah',
      },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.register.member).toMatchObject({
      handle: 'priya-shah',
      role: 'MEMBER',
      email: 'priya.shah@example.org',
    });

    const me = await platform.graphql<{ me: { displayName: string } }>(
      ME,
      {},
      registered.data!.register.accessToken,
    );
    expect(me.data?.me.displayName).toBe('Priya Shah');

    const again = await platform.graphql(REGISTER, {
      input: {
        invitationToken: token,
        email: 'priya.shah@example.org',
        password: 'a garden of quiet words',
        displayName: 'Priya Again',
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { invitationToken: expect.stringContaining('already been used') },
    });
    const stored = await platform.db.query<{ token_hash: string }>('SELECT token_hash FROM invitations');
    expect(stored.every((row) => row.token_hash !== token && /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(
      true,
    );
  });

  it('gives a second member of the same name the next free handle', async () => {
    const first = await registerNew('sam.one@example.org', 'Sam Jones');
    const second = await registerNew('sam.two@example.org', 'Sam Jones');
    expect(first.member.handle).toBe('sam-jones');
    expect(second.member.handle).toBe('sam-jones-2');
  });

  it('refuses an expired invitation and one sent to another address', async () => {
    const token = await invite('late@example.org');
    await platform.db.query(
      "UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'",
    );
    const expired = await platform.graphql(REGISTER, {
      input: {
        invitationToken: token,
        email: 'late@example.org',
        password: 'a garden of quiet words',
        displayName: 'Late',
      },
    });
    expect(expired.errors?.[0]?.extensions.fields).toEqual({
      invitationToken: expect.stringContaining('expired'),
    });

    const other = await invite('right@example.org');
    const wrongEmail = await platform.graphql(REGISTER, {
      input: {
        invitationToken: other,
        email: 'wrong@example.org',
        password: 'a garden of quiet words',
        displayName: 'Wrong',
      },
    });
    expect(wrongEmail.errors?.[0]?.extensions.fields).toEqual({ email: expect.any(String) });
    expect(
      await platform.db.query(
        "SELECT 1 FROM members WHERE email IN ('late@example.org', 'wrong@example.org')",
      ),
    ).toHaveLength(0);
  });

  it('refuses short and common passwords at registration, naming the field', async () => {
    const token = await invite('weak@example.org');
    for (const password of ['short', 'qwertyqwerty', '123qweasdzxc']) {
      const result = await platform.graphql(REGISTER, {
        input: { invitationToken: token, email: 'weak@example.org', password, displayName: 'Weak' },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { password: expect.any(String) },
      });
    }
    const ok = await platform.graphql(REGISTER, {
      input: {
        invitationToken: token,
        email: 'weak@example.org',
        password: 'no rules, just length',
        displayName: 'Weak',
      },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('lets organisers invite members but not admins, and members invite no one', async () => {
    const organiserInvite = await invite('organiser@example.org', 'ORGANISER');
    const organiser = await platform.graphql<{ register: Tokens }>(REGISTER, {
      input: {
        invitationToken: organiserInvite,
        email: 'organiser@example.org',
        password: 'organising is my thing',
        displayName: 'Olu Organiser',
      },
    });
    const organiserToken = organiser.data!.register.accessToken;
    expect(
      (
        await platform.graphql(
          INVITE,
          { input: { email: 'by-organiser@example.org', role: 'MEMBER' } },
          organiserToken,
        )
      ).errors,
    ).toBeUndefined();
    const asAdmin = await platform.graphql(
      INVITE,
      { input: { email: 'x@example.org', role: 'ADMIN' } },
      organiserToken,
    );
    expect(asAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const member = await registerNew('plain@example.org', 'Plain Member');
    const byMember = await platform.graphql(
      INVITE,
      { input: { email: 'y@example.org', role: 'MEMBER' } },
      member.accessToken,
    );
    expect(byMember.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await platform.graphql(INVITE, { input: { email: 'z@example.org', role: 'MEMBER' } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(
      await platform.db.query(
        "SELECT 1 FROM invitations WHERE email IN ('x@example.org', 'y@example.org', 'z@example.org')",
      ),
    ).toHaveLength(0);
  });

  it('mails invitations through the job queue: the code is stored nowhere, and a job run again sends nothing', async () => {
    const created = await platform.graphql<{
      createInvitation: { token: string; invitation: { id: string } };
    }>(INVITE, { input: { email: 'queued@example.org', role: 'MEMBER' } }, adminToken);
    const { token, invitation } = created.data!.createInvitation;
    await mail.waitFor('queued@example.org', /invited you to join Confer/);
    const [job] = await platform.db.query<{ id: string; data: unknown; state: string }>(
      "SELECT id, data, state FROM pgboss.job WHERE name = 'identity.invitation-mail' AND data->>'invitationId' = $1",
      [invitation.id],
    );
    expect(job.data).toEqual({ invitationId: invitation.id });
    const [{ found }] = await platform.db.query<{ found: number }>(
      `SELECT (SELECT count(*) FROM pgboss.job WHERE data::text LIKE '%' || $1 || '%')
            + (SELECT count(*) FROM invitations i WHERE i::text LIKE '%' || $1 || '%')::int AS found`,
      [token],
    );
    expect(Number(found)).toBe(0);

    const again = await platform.api
      .get(JobQueue)
      .enqueue('identity.invitation-mail', { invitationId: invitation.id });
    await until(
      async () =>
        (await platform.db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [again]))[0]
          ?.state === 'completed',
      { what: 'the job run again' },
    );
    expect(mail.mails.filter((m) => m.to === 'queued@example.org')).toHaveLength(1);
  });
});
