// Identity: where a member is signed in (mySessions), signing out one device or every other one (endSession,
// endOtherSessions), the absolute 30-day lifetime of a sign-in, and a suspended account's sign-in answered as a wrong
// password. Security mails (password changed or reset, a new device): identity-security-mail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  graphqlFrom,
  identityHelpers,
  LOGIN,
  ME,
  REFRESH,
  startIdentityPlatform,
  stopIdentityPlatform,
  type IdentityPlatform,
  type Tokens,
} from '../support/identity.js';
import { socketOutcome, type TestPlatform } from '../support/test-platform.js';

const PASSWORD = 'correct horse battery staple';
const MY_SESSIONS = '{ mySessions { id createdAt lastUsedAt userAgent current } }';
const END_SESSION = 'mutation($id: ID!) { endSession(id: $id) }';
const END_OTHERS = 'mutation { endOtherSessions }';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile Safari/604.1';
const LAPTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0';

interface SessionRow {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

describe('where a member is signed in, and signing out there', () => {
  let identity: IdentityPlatform;
  let platform: TestPlatform;
  const { registerNew } = identityHelpers(() => identity);

  beforeAll(async () => {
    identity = await startIdentityPlatform();
    ({ platform } = identity);
  });

  afterAll(() => stopIdentityPlatform(identity));

  const signInFrom = async (email: string, userAgent: string): Promise<Tokens> => {
    const result = await graphqlFrom<{ login: Tokens }>(platform, userAgent, LOGIN, {
      input: { email, password: PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  };
  const sessionsOf = async (token: string) =>
    (await platform.graphql<{ mySessions: SessionRow[] }>(MY_SESSIONS, {}, token)).data!.mySessions;

  it('lists the member’s own sessions with their devices, marks this one, and signs out another at once', async () => {
    await registerNew('devices@example.org', 'Dev Devices');
    const phone = await signInFrom('devices@example.org', PHONE);
    const laptop = await signInFrom('devices@example.org', LAPTOP);
    const stranger = await registerNew('stranger-devices@example.org', 'Sid Stranger');

    const seen = await sessionsOf(phone.accessToken);
    expect(seen).toHaveLength(3); // registering signed in too
    expect(seen.filter((s) => s.current)).toEqual([expect.objectContaining({ userAgent: PHONE })]);
    expect(seen.map((s) => s.userAgent)).toEqual(expect.arrayContaining([PHONE, LAPTOP]));
    expect((await sessionsOf(stranger.accessToken)).map((s) => s.id)).not.toEqual(
      expect.arrayContaining([seen[0].id]),
    );

    const laptopSocket = platform.connectSocket(laptop.accessToken);
    expect(await socketOutcome(laptopSocket)).toBe('connected');
    const closed = new Promise<string>((resolve) => laptopSocket.once('disconnect', resolve));
    const laptopId = seen.find((s) => s.userAgent === LAPTOP)!.id;
    const ended = await platform.graphql<{ endSession: boolean }>(
      END_SESSION,
      { id: laptopId },
      phone.accessToken,
    );
    expect(ended.data?.endSession).toBe(true);
    expect(await closed).toBe('io server disconnect');
    expect((await platform.graphql(ME, {}, laptop.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await platform.graphql(REFRESH, { t: laptop.refreshToken })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await sessionsOf(phone.accessToken)).map((s) => s.userAgent)).not.toContain(LAPTOP);
    expect((await platform.graphql(ME, {}, phone.accessToken)).errors).toBeUndefined();

    // Ended already, another member's, or no session id at all: NOT_FOUND, and the stranger stays signed in.
    const strangerId = (await sessionsOf(stranger.accessToken))[0].id;
    for (const id of [laptopId, strangerId, 'not-a-session']) {
      const refused = await platform.graphql(END_SESSION, { id }, phone.accessToken);
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect((await platform.graphql(ME, {}, stranger.accessToken)).errors).toBeUndefined();
  });

  it('signs out every other session, answering how many, and keeps this one', async () => {
    const first = await registerNew('everywhere@example.org', 'Eve Everywhere');
    const others = [
      await signInFrom('everywhere@example.org', PHONE),
      await signInFrom('everywhere@example.org', LAPTOP),
    ];
    const sockets = others.map((tokens) => platform.connectSocket(tokens.accessToken));
    expect(await Promise.all(sockets.map(socketOutcome))).toEqual(['connected', 'connected']);
    const closed = Promise.all(
      sockets.map((socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve))),
    );

    const ended = await platform.graphql<{ endOtherSessions: number }>(END_OTHERS, {}, first.accessToken);
    expect(ended.data?.endOtherSessions).toBe(2);
    expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
    for (const tokens of others) {
      expect((await platform.graphql(REFRESH, { t: tokens.refreshToken })).errors?.[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(await sessionsOf(first.accessToken)).toEqual([expect.objectContaining({ current: true })]);
    expect((await platform.graphql(REFRESH, { t: first.refreshToken })).errors).toBeUndefined();
    const again = await platform.graphql<{ endOtherSessions: number }>(END_OTHERS, {}, first.accessToken);
    expect(again.data?.endOtherSessions).toBe(0);
  });

  it('ends a sign-in 30 days after it began, however often its refresh token is rotated', async () => {
    await registerNew('lifetime@example.org', 'Liv Lifetime');
    const signedIn = await signInFrom('lifetime@example.org', PHONE);
    const [session] = await platform.db.query<{ id: string; days: string }>(
      `SELECT s.id, extract(epoch FROM s.expires_at - s.created_at) / 86400 AS days
         FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE m.email = 'lifetime@example.org' AND s.user_agent = $1`,
      [PHONE],
    );
    expect(Number(session.days)).toBeCloseTo(30, 3);

    // Signed in 29 days and 23 hours ago: a rotation now gives a refresh token that ends with the session.
    await platform.db.query(
      `UPDATE sessions SET created_at = now() - interval '29 days 23 hours',
                           expires_at = now() + interval '1 hour' WHERE id = $1`,
      [session.id],
    );
    const rotated = await platform.graphql<{ refreshSession: Tokens }>(REFRESH, { t: signedIn.refreshToken });
    expect(rotated.errors).toBeUndefined();
    const [latest] = await platform.db.query<{ past_session_end: boolean }>(
      `SELECT t.expires_at > s.expires_at AS past_session_end
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE s.id = $1 ORDER BY t.created_at DESC LIMIT 1`,
      [session.id],
    );
    expect(latest.past_session_end).toBe(false);

    // Past its end: neither the refresh token nor the access token works.
    await platform.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      session.id,
    ]);
    const late = await platform.graphql(REFRESH, { t: rotated.data!.refreshSession.refreshToken });
    expect(late.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const me = await platform.graphql(ME, {}, rotated.data!.refreshSession.accessToken);
    expect(me.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a suspended account’s right password exactly as a wrong one', async () => {
    const member = await registerNew('suspended-sign-in@example.org', 'Sue Suspended');
    await platform.db.query(`UPDATE members SET status = 'SUSPENDED' WHERE id = $1`, [member.member.id]);
    const attempt = (password: string) =>
      platform.graphql(LOGIN, { input: { email: 'suspended-sign-in@example.org', password } });
    const right = await attempt(PASSWORD);
    const wrong = await attempt('not the password at all');
    expect(right.data).toBeNull();
    expect(right.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(right.errors?.map((e) => [e.message, e.extensions.code])).toEqual(
      wrong.errors?.map((e) => [e.message, e.extensions.code]),
    );
    expect(JSON.stringify(right)).not.toMatch(/suspend/i);
  });
});
