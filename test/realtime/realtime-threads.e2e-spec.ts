import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

type Person = { id: string; email: string; token: string };
interface Payload {
  id: string;
  seq: number;
  body: string;
  deleted: boolean;
  author: { displayName: string } | null;
}
type AckResult = {
  ok: boolean;
  error?: { code: string };
  messages?: Payload[];
  hasMore?: boolean;
  message?: Payload;
};

describe('live threads over socket.io', () => {
  let platform: TestPlatform;
  let owner: Person;
  let member: Person;
  let outsider: Person;
  let threadId: string;
  let groupId: string;

  const person = async (displayName: string): Promise<Person> => {
    const created = await newMember(platform.db, { displayName });
    return { ...created, token: await platform.login(created.email, MEMBER_PASSWORD) };
  };
  const connect = async (who: Person): Promise<Socket> => {
    const socket = platform.connectSocket(who.token);
    await socketOutcome(socket);
    return socket;
  };
  const call = (socket: Socket, event: string, payload: object): Promise<AckResult> =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<AckResult>;
  const next = <T>(socket: Socket, event: string): Promise<T> =>
    new Promise((resolve) => socket.once(event, resolve));
  const nothing = (socket: Socket, event: string, ms = 300): Promise<boolean> =>
    new Promise((resolve) => {
      const seen = () => resolve(false);
      socket.once(event, seen);
      setTimeout(() => {
        socket.off(event, seen);
        resolve(true);
      }, ms);
    });

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await person('Live Owner');
    member = await person('Live Member');
    outsider = await person('Live Outsider');
    const gql = <T>(query: string, variables: object, who: Person) =>
      platform.graphql<T>(query, variables as Record<string, unknown>, who.token);
    groupId = (
      await gql<{ createGroup: { id: string } }>(
        'mutation { createGroup(input: { name: "Live Room", visibility: PRIVATE }) { id } }',
        {},
        owner,
      )
    ).data!.createGroup.id;
    await gql(
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: groupId, m: member.id },
      owner,
    );
    await gql('mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }', { g: groupId }, member);
    threadId = (
      await gql<{ createThread: { id: string } }>(
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Live", body: "First!" }) { id } }',
        { g: groupId },
        owner,
      )
    ).data!.createThread.id;
  });

  afterAll(() => platform.close());

  it('joins with the backlog, delivers a sent message to everyone in the thread, and keeps outsiders out', async () => {
    const ownerSocket = await connect(owner);
    const memberSocket = await connect(member);
    const outsiderSocket = await connect(outsider);
    const joined = await call(memberSocket, 'thread:join', { threadId, afterSeq: 0 });
    expect(joined).toMatchObject({ ok: true, hasMore: false });
    expect(joined.messages!.map((m) => [m.seq, m.body, m.author?.displayName])).toEqual([
      [1, 'First!', 'Live Owner'],
    ]);
    expect(await call(ownerSocket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    expect(await call(outsiderSocket, 'thread:join', { threadId })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.any(String) },
    });

    const arrivals = Promise.all([
      next<Payload>(ownerSocket, 'message:new'),
      next<Payload>(memberSocket, 'message:new'),
    ]);
    const outsiderHears = nothing(outsiderSocket, 'message:new');
    const sent = await call(memberSocket, 'message:send', {
      threadId,
      body: 'Hello live',
      clientId: 'live-1',
    });
    expect(sent).toMatchObject({
      ok: true,
      message: { seq: 2, body: 'Hello live', author: { displayName: 'Live Member' } },
    });
    expect((await arrivals).map((m) => m.id)).toEqual([sent.message!.id, sent.message!.id]);
    expect(await outsiderHears).toBe(true);

    const retried = await call(memberSocket, 'message:send', {
      threadId,
      body: 'Hello live',
      clientId: 'live-1',
    });
    expect(retried.message!.id).toBe(sent.message!.id);
    expect(await call(memberSocket, 'message:send', { threadId, body: '' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
  });

  it('reaches sockets with a message written through GraphQL exactly as a socket send does', async () => {
    const memberSocket = await connect(member);
    await call(memberSocket, 'thread:join', { threadId });
    const arrival = next<Payload>(memberSocket, 'message:new');
    await platform.graphql(
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From GraphQL" }) { id } }',
      { t: threadId },
      owner.token,
    );
    expect((await arrival).body).toBe('From GraphQL');
  });

  it('catches up after a disconnect with nothing missing and nothing doubled, in order', async () => {
    const first = await connect(member);
    const joined = await call(first, 'thread:join', { threadId });
    const lastSeen = joined.messages!.at(-1)!.seq;
    first.disconnect();
    const ownerSocket = await connect(owner);
    await call(ownerSocket, 'thread:join', { threadId });
    for (const body of ['missed 1', 'missed 2', 'missed 3'])
      await call(ownerSocket, 'message:send', { threadId, body });
    const again = await connect(member);
    const caught = await call(again, 'thread:join', { threadId, afterSeq: lastSeen });
    expect(caught.messages!.map((m) => [m.seq, m.body])).toEqual([
      [lastSeen + 1, 'missed 1'],
      [lastSeen + 2, 'missed 2'],
      [lastSeen + 3, 'missed 3'],
    ]);
  });

  it('broadcasts edits, deletions and reactions, and typing to others only', async () => {
    const ownerSocket = await connect(owner);
    const memberSocket = await connect(member);
    await call(ownerSocket, 'thread:join', { threadId });
    await call(memberSocket, 'thread:join', { threadId });
    const sent = await call(ownerSocket, 'message:send', { threadId, body: 'Typo hree' });
    const id = sent.message!.id;

    const updated = next<Payload>(memberSocket, 'message:updated');
    expect(await call(ownerSocket, 'message:edit', { messageId: id, body: 'Typo here' })).toMatchObject({
      ok: true,
    });
    expect((await updated).body).toBe('Typo here');

    const reacted = next<{ messageId: string; reactions: unknown[] }>(ownerSocket, 'reaction:updated');
    expect(await call(memberSocket, 'reaction:toggle', { messageId: id, emoji: '🎉' })).toMatchObject({
      ok: true,
      reactions: [{ emoji: '🎉', count: 1, viewerReacted: true }],
    });
    expect(await reacted).toEqual({ messageId: id, threadId, reactions: [{ emoji: '🎉', count: 1 }] });

    const typing = next<{ memberId: string }>(ownerSocket, 'typing');
    const selfHears = nothing(memberSocket, 'typing');
    memberSocket.emit('typing', { threadId });
    expect((await typing).memberId).toBe(member.id);
    expect(await selfHears).toBe(true);

    const deleted = next<Payload>(memberSocket, 'message:deleted');
    expect(await call(ownerSocket, 'message:delete', { messageId: id })).toMatchObject({
      ok: true,
      message: { deleted: true, body: '' },
    });
    expect(await deleted).toMatchObject({ id, deleted: true, body: '' });

    expect(await call(memberSocket, 'thread:read', { threadId, seq: sent.message!.seq })).toEqual({
      ok: true,
      seq: sent.message!.seq,
    });
  });

  it('closes a session’s sockets when it logs out, and all of a suspended member’s sockets, at once', async () => {
    const someone = await newMember(platform.db, { displayName: 'Soon Gone' });
    const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }';
    const sessions = await Promise.all(
      [1, 2].map(
        async () =>
          (
            await platform.graphql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
              i: { email: someone.email, password: MEMBER_PASSWORD },
            })
          ).data!.login,
      ),
    );
    const [phone, laptop] = sessions.map((session) => platform.connectSocket(session.accessToken));
    await Promise.all([socketOutcome(phone), socketOutcome(laptop)]);
    const phoneClosed = next<string>(phone, 'disconnect');
    await platform.graphql('mutation($t: String!) { logout(refreshToken: $t) }', {
      t: sessions[0].refreshToken,
    });
    expect(await phoneClosed).toBe('io server disconnect');
    expect(laptop.connected).toBe(true);

    const laptopClosed = next<string>(laptop, 'disconnect');
    const { AccountService, MemberStatus } = await import('#libs/identity');
    await platform.api.get(AccountService).setStatus(someone.id, MemberStatus.SUSPENDED);
    expect(await laptopClosed).toBe('io server disconnect');
  });

  it('takes a member removed from the group out of its threads at once', async () => {
    const leaving = await person('Removed Soon');
    await platform.graphql(
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: groupId, m: leaving.id },
      owner.token,
    );
    await platform.graphql(
      'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      { g: groupId },
      leaving.token,
    );
    const ownerSocket = await connect(owner);
    const leavingSocket = await connect(leaving);
    await call(ownerSocket, 'thread:join', { threadId });
    expect(await call(leavingSocket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    await platform.graphql(
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
      { g: groupId, m: leaving.id },
      owner.token,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const hears = nothing(leavingSocket, 'message:new', 500);
    await call(ownerSocket, 'message:send', { threadId, body: 'Not for the removed' });
    expect(await hears).toBe(true);
    expect(await call(leavingSocket, 'thread:join', { threadId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
