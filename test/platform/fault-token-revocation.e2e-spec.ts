// Faults (c): a sign-in ends while its socket is open, in a private thread. A logout (the session revoked) and an
// access token expiring both take the socket out of the thread at once: it is disconnected, hears nothing more,
// and cannot come back with the same token. The typed client, given a token function, comes back with a fresh one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import type { Socket } from 'socket.io-client';
import { ConferClient, type MessagePayload } from '#libs/client';
import { threadRoom } from '#libs/realtime-publisher';
import { ConnectionGateway } from '../../apps/realtime/src/connection.gateway.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

type Session = { accessToken: string; refreshToken: string };
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }';

describe('a sign-in ending while its socket is open', () => {
  let platform: TestPlatform;
  let jwt: JwtService;
  const clients: ConferClient[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    jwt = new JwtService({ secret: platform.config.jwtSecret });
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await platform.close();
  });

  /** A member signed in on as many devices (sessions) as asked, in a private thread of `owner`. */
  const memberWithSessions = async (owner: Person, name: string, devices: number) => {
    const created = await newMember(platform.db, { displayName: name });
    const sessions: Session[] = [];
    for (let i = 0; i < devices; i++) {
      const { data } = await platform.graphql<{ login: Session }>(LOGIN, {
        i: { email: created.email, password: MEMBER_PASSWORD },
      });
      sessions.push(data!.login);
    }
    const member: Person = { ...created, token: sessions[0].accessToken };
    const { threadId } = await privateThread(platform, owner, [member], `${name}'s thread`);
    return { member, sessions, threadId };
  };
  const joined = async (token: string, threadId: string): Promise<Socket> => {
    const socket = platform.connectSocket(token);
    await socketOutcome(socket);
    expect(await socket.timeout(5_000).emitWithAck('thread:join', { threadId })).toMatchObject({ ok: true });
    return socket;
  };
  const heardBy = (socket: Socket) => {
    const bodies: string[] = [];
    socket.on('message:new', (message: MessagePayload) => bodies.push(message.body));
    return bodies;
  };
  const closedBy = (socket: Socket) =>
    new Promise<{ reason: string; at: number }>((resolve) =>
      socket.once('disconnect', (reason) => resolve({ reason, at: Date.now() })),
    );
  /** The ids of the sockets in the thread's room, on every replica, as the realtime service sees them. */
  const inRoom = async (threadId: string) =>
    (await platform.realtime.get(ConnectionGateway).server.in(threadRoom(threadId)).fetchSockets()).map(
      (socket) => socket.id,
    );

  it('logging out closes that session’s socket at once; the member’s other device stays in the thread', async () => {
    const owner = await signedInPerson(platform, 'Revoking Owner');
    const { sessions, threadId } = await memberWithSessions(owner, 'Logging Out', 2);
    const [phone, laptop] = [
      await joined(sessions[0].accessToken, threadId),
      await joined(sessions[1].accessToken, threadId),
    ];
    const [phoneHeard, laptopHeard] = [heardBy(phone), heardBy(laptop)];
    await postAs(platform, owner, threadId, 'Before the logout');
    await until(() => phoneHeard.length === 1 && laptopHeard.length === 1, { what: 'both devices to hear' });

    const phoneClosed = closedBy(phone);
    const loggedOutAt = Date.now();
    const { data } = await platform.graphql<{ logout: boolean }>(
      'mutation($t: String!) { logout(refreshToken: $t) }',
      {
        t: sessions[0].refreshToken,
      },
    );
    expect(data).toEqual({ logout: true });
    const closed = await phoneClosed;
    expect(closed.reason).toBe('io server disconnect');
    expect(closed.at - loggedOutAt).toBeLessThan(1_000);
    expect(await inRoom(threadId)).toEqual([laptop.id]);

    await postAs(platform, owner, threadId, 'After the logout');
    await until(() => laptopHeard.length === 2, { what: 'the laptop to hear' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(phoneHeard).toEqual(['Before the logout']);
    expect(laptopHeard).toEqual(['Before the logout', 'After the logout']);
    // The access token is still unexpired, but its session is over: it cannot come back.
    await expect(socketOutcome(platform.connectSocket(sessions[0].accessToken))).rejects.toThrow(
      'UNAUTHENTICATED',
    );
  });

  it('closes a socket when its access token expires, and refuses the token after', async () => {
    const owner = await signedInPerson(platform, 'Expiry Owner');
    const { member, sessions, threadId } = await memberWithSessions(owner, 'Short Lived', 1);
    const sid = jwt.decode<{ sid: string }>(sessions[0].accessToken).sid;
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const shortLived = jwt.sign(
      { sid, exp: expiresAt },
      { issuer: 'confer', audience: 'confer', subject: member.id },
    );
    const socket = await joined(shortLived, threadId);
    const heard = heardBy(socket);
    const closed = closedBy(socket);
    await postAs(platform, owner, threadId, 'While the token lasts');
    await until(() => heard.length === 1, { what: 'the message' });
    expect(await inRoom(threadId)).toEqual([socket.id]);

    const { reason, at } = await closed;
    expect(reason).toBe('io server disconnect');
    // At expiry (the token's exp has a precision of one second), not before and not long after.
    expect(at).toBeGreaterThanOrEqual(expiresAt * 1000 - 5);
    expect(at - expiresAt * 1000).toBeLessThan(500);
    expect(await inRoom(threadId)).toEqual([]);

    await postAs(platform, owner, threadId, 'After the token expired');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toEqual(['While the token lasts']);
    await expect(socketOutcome(platform.connectSocket(shortLived))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('the typed client comes back with a fresh token after expiry and misses nothing; after a logout it stays out', async () => {
    const owner = await signedInPerson(platform, 'Client Owner');
    const { member, sessions, threadId } = await memberWithSessions(owner, 'Typed Member', 1);
    const sid = jwt.decode<{ sid: string }>(sessions[0].accessToken).sid;
    // The first token lasts two seconds; the ones asked for afterwards are the session's own (15 minutes).
    let asked = 0;
    const shortLived = jwt.sign(
      { sid, exp: Math.floor(Date.now() / 1000) + 2 },
      { issuer: 'confer', audience: 'confer', subject: member.id },
    );
    const client = await ConferClient.connect({
      url: platform.realtimeUrl,
      token: () => (++asked === 1 ? shortLived : sessions[0].accessToken),
    });
    clients.push(client);
    const heard: string[] = [];
    client.on('message', (message) => heard.push(message.body));
    const backlog = await client.join(threadId);
    const droppedAt = new Promise<number>((resolve) =>
      client.socket.once('disconnect', () => resolve(Date.now())),
    );
    const caughtUp = new Promise<void>((resolve) => client.on('caughtUp', resolve));
    await droppedAt;
    // Said while it was away: caught up when it comes back.
    await postAs(platform, owner, threadId, 'While it reconnected');
    await caughtUp;
    expect(asked).toBe(2);
    await until(() => heard.includes('While it reconnected'), { what: 'the catch-up' });
    await postAs(platform, owner, threadId, 'Live again');
    await until(() => heard.includes('Live again'), { what: 'the live message' });
    expect([...backlog.map((m) => m.body), ...heard]).toEqual([
      'Welcome',
      'While it reconnected',
      'Live again',
    ]);

    // Logged out: the client is closed out of the thread and refused when it tries to come back.
    const loggedOut = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    await platform.graphql('mutation($t: String!) { logout(refreshToken: $t) }', {
      t: sessions[0].refreshToken,
    });
    expect(await loggedOut).toBe('io server disconnect');
    await postAs(platform, owner, threadId, 'Not for the logged out');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(heard).not.toContain('Not for the logged out');
    expect(client.socket.connected).toBe(false);
    expect(await inRoom(threadId)).toEqual([]);
  });
});
