import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobQueue } from '#libs/jobs';
import { MailCatcher } from './support/mail-catcher.js';
import { until } from './support/until.js';
import { ADMIN, socketOutcome, startTestPlatform, type TestPlatform } from './support/test-platform.js';

const INVITE = `mutation($input: CreateInvitationInput!) {
  createInvitation(input: $input) { token mailSent invitation { id email role expiresAt } } }`;
const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken accessTokenExpiresAt member { id handle displayName role email } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken member { id role } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken member { id } } }`;
const ME = '{ me { id handle displayName role email joinedAt } }';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

describe('identity, walked through as a new member would', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  let adminToken: string;

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ SMTP_URL: await mail.start() });
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await platform.close();
    await mail.stop();
  });

  async function invite(email: string, role = 'MEMBER', token = adminToken): Promise<string> {
    const result = await platform.graphql<{ createInvitation: { token: string } }>(
      INVITE,
      { input: { email, role } },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createInvitation.token;
  }

  async function registerNew(email: string, displayName: string, password = 'correct horse battery staple') {
    const invitationToken = await invite(email);
    const result = await platform.graphql<{ register: Tokens & { member: { id: string; handle: string } } }>(
      REGISTER,
      {
        input: { invitationToken, email, password, displayName },
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.register;
  }

  it('lets the admin from ADMIN_EMAIL sign in, and see themselves as ADMIN', async () => {
    const me = await platform.graphql<{ me: { role: string; email: string } }>(ME, {}, adminToken);
    expect(me.data?.me).toMatchObject({ role: 'ADMIN', email: ADMIN.email });
  });

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

  it('answers a wrong password and an unknown address with the same UNAUTHENTICATED error', async () => {
    await registerNew('login@example.org', 'Lee Login');
    const wrong = await platform.graphql(LOGIN, {
      input: { email: 'login@example.org', password: 'not the password at all' },
    });
    const unknown = await platform.graphql(LOGIN, {
      input: { email: 'nobody@example.org', password: 'not the password at all' },
    });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    const ok = await platform.graphql(LOGIN, {
      input: { email: '  LOGIN@example.org ', password: 'correct horse battery staple' },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const first = await registerNew('rotate@example.org', 'Rae Rotate');
    const second = (await platform.graphql<{ refreshSession: Tokens }>(REFRESH, { t: first.refreshToken }))
      .data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = (await platform.graphql<{ refreshSession: Tokens }>(REFRESH, { t: second.refreshToken }))
      .data!.refreshSession;
    expect((await platform.graphql(ME, {}, third.accessToken)).errors).toBeUndefined();

    // Someone replays the spent first token: the family is revoked, so even the newest tokens stop working.
    const replay = await platform.graphql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await platform.graphql(REFRESH, { t: third.refreshToken })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await platform.graphql(ME, {}, third.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const [session] = await platform.db.query<{ revoked_reason: string }>(
      "SELECT s.revoked_reason FROM sessions s JOIN members m ON m.id = s.member_id WHERE m.email = 'rotate@example.org'",
    );
    expect(session?.revoked_reason).toBe('refresh-token-reuse');
  });

  it('refuses a garbage refresh token', async () => {
    const result = await platform.graphql(REFRESH, { t: 'not-a-token' });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logs out one session, leaving the others signed in', async () => {
    const phone = await registerNew('logout@example.org', 'Lou Logout');
    const laptop = (
      await platform.graphql<{ login: Tokens }>(LOGIN, {
        input: { email: 'logout@example.org', password: 'correct horse battery staple' },
      })
    ).data!.login;
    const out = await platform.graphql<{ logout: boolean }>(
      'mutation($t: String!) { logout(refreshToken: $t) }',
      { t: phone.refreshToken },
    );
    expect(out.data?.logout).toBe(true);
    expect((await platform.graphql(ME, {}, phone.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await platform.graphql(REFRESH, { t: phone.refreshToken })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await platform.graphql(ME, {}, laptop.accessToken)).errors).toBeUndefined();
    const twice = await platform.graphql<{ logout: boolean }>(
      'mutation($t: String!) { logout(refreshToken: $t) }',
      { t: phone.refreshToken },
    );
    expect(twice.data?.logout).toBe(true);
  });

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

  describe('the realtime service', () => {
    it('accepts a valid access token and puts the socket in its member room', async () => {
      const member = await registerNew('socket@example.org', 'Sky Socket');
      const socket = platform.connectSocket(member.accessToken);
      await expect(socketOutcome(socket)).resolves.toBe('connected');
      expect(socket.connected).toBe(true);
    });

    it.each([
      ['missing', undefined],
      ['forged', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl'],
      ['garbage', 'not a token'],
    ])('refuses a %s token with UNAUTHENTICATED', async (_kind, token) => {
      await expect(socketOutcome(platform.connectSocket(token))).rejects.toThrow('UNAUTHENTICATED');
    });
  });
});
