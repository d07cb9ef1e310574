import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { ConnectionGateway } from '../../apps/realtime/src/connection.gateway.js';
import { memberRoom } from '../../apps/realtime/src/rooms.js';
import { ADMIN, socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('socket handshake authentication', () => {
  let platform: TestPlatform;
  let jwt: JwtService;
  let admin: { id: string; sessionId: string; accessToken: string; refreshToken: string };

  beforeAll(async () => {
    platform = await startTestPlatform();
    jwt = new JwtService({ secret: platform.config.jwtSecret });
    const login = await platform.graphql<{
      login: { accessToken: string; refreshToken: string; member: { id: string } };
    }>('mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken member { id } } }', {
      i: ADMIN,
    });
    const { accessToken, refreshToken, member } = login.data!.login;
    admin = {
      id: member.id,
      sessionId: jwt.decode<{ sid: string }>(accessToken).sid,
      accessToken,
      refreshToken,
    };
  });

  afterAll(() => platform.close());

  const sign = (claims: object, options: Record<string, unknown>) =>
    jwt.sign(claims, { issuer: 'confer', audience: 'confer', subject: admin.id, ...options });

  it('delivers what is sent to the member room to every socket of that member', async () => {
    const phone = platform.connectSocket(admin.accessToken);
    const laptop = platform.connectSocket(admin.accessToken);
    await Promise.all([socketOutcome(phone), socketOutcome(laptop)]);
    const received = Promise.all(
      [phone, laptop].map(
        (socket) => new Promise<unknown>((resolve) => socket.once('notification:new', resolve)),
      ),
    );
    const notification = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'MENTION',
      count: 1,
      summary: 'A former member mentioned you in “a conversation”',
      link: '/notifications',
      actorId: null,
      threadId: null,
      messageId: null,
      groupId: null,
      eventId: null,
      pairingId: null,
      createdAt: '2026-11-23T00:00:00.000Z',
      updatedAt: '2026-11-23T00:00:00.000Z',
      readAt: null,
    };
    platform.realtime
      .get(ConnectionGateway)
      .server.to(memberRoom(admin.id))
      .emit('notification:new', notification);
    expect(await received).toEqual([notification, notification]);
  });

  it('refuses an expired token', async () => {
    const expired = sign({ sid: admin.sessionId, exp: Math.floor(Date.now() / 1000) - 5 }, {});
    await expect(socketOutcome(platform.connectSocket(expired))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a token signed with another algorithm or with none', async () => {
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: admin.id, sid: admin.sessionId, iss: 'confer', aud: 'confer', exp: 9999999999 }),
    ).toString('base64url')}.`;
    await expect(socketOutcome(platform.connectSocket(unsigned))).rejects.toThrow('UNAUTHENTICATED');
    const hs512 = sign({ sid: admin.sessionId }, { algorithm: 'HS512', expiresIn: 60 });
    await expect(socketOutcome(platform.connectSocket(hs512))).rejects.toThrow('UNAUTHENTICATED');
    const rightAlgorithm = sign({ sid: admin.sessionId }, { algorithm: 'HS256', expiresIn: 60 });
    await expect(socketOutcome(platform.connectSocket(rightAlgorithm))).resolves.toBe('connected');
  });

  it('refuses a token signed with another secret', async () => {
    const forged = new JwtService({ secret: 'some-other-secret-of-a-decent-length!!' }).sign(
      { sid: admin.sessionId },
      { issuer: 'confer', audience: 'confer', subject: admin.id, expiresIn: 60 },
    );
    await expect(socketOutcome(platform.connectSocket(forged))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a still-unexpired token once its session has been logged out', async () => {
    await platform.graphql('mutation($t: String!) { logout(refreshToken: $t) }', { t: admin.refreshToken });
    await expect(socketOutcome(platform.connectSocket(admin.accessToken))).rejects.toThrow('UNAUTHENTICATED');
  });
});
