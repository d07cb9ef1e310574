// Identity: signing in (the admin, wrong passwords), refresh-token rotation and reuse, logging out, and the realtime
// service's check of the access token. Invitations and registration: identity-invitations-and-registration;
// changing and resetting a password: identity-passwords.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  identityHelpers,
  LOGIN,
  ME,
  REFRESH,
  startIdentityPlatform,
  stopIdentityPlatform,
  type IdentityPlatform,
  type Tokens,
} from '../support/identity.js';
import { ADMIN, socketOutcome, type TestPlatform } from '../support/test-platform.js';

describe('identity, walked through as a new member would', () => {
  let identity: IdentityPlatform;
  let platform: TestPlatform;
  let adminToken: string;
  const { registerNew } = identityHelpers(() => identity);

  beforeAll(async () => {
    identity = await startIdentityPlatform();
    ({ platform, adminToken } = identity);
  });

  afterAll(() => stopIdentityPlatform(identity));

  it('lets the admin from ADMIN_EMAIL sign in, and see themselves as ADMIN', async () => {
    const me = await platform.graphql<{ me: { role: string; email: string } }>(ME, {}, adminToken);
    expect(me.data?.me).toMatchObject({ role: 'ADMIN', email: ADMIN.email });
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
