// Sockets in a group's thread rooms when read access ends: the group stops being PUBLIC, a member leaves, is removed
// or banned. Each time the socket that lost access hears nothing more, while a socket still entitled hears the same
// message (so that "heard nothing" cannot pass because nothing was sent).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { ADMIN, socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

type Ack = { ok: boolean; error?: { code: string; message: string } };

describe('a socket that loses read access to a group leaves its threads at once', () => {
  let platform: TestPlatform;
  let owner: Person;

  const person = (name: string) => signedInPerson(platform, name);
  const connect = async (who: Person): Promise<Socket> => {
    const socket = platform.connectSocket(who.token);
    await socketOutcome(socket);
    return socket;
  };
  const call = (socket: Socket, event: string, payload: object): Promise<Ack> =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack>;
  const bodiesHeard = (socket: Socket): string[] => {
    const bodies: string[] = [];
    socket.on('message:new', (message: { body: string }) => bodies.push(message.body));
    return bodies;
  };

  /** A group of the owner's with `visibility`, the `members` in it, and a thread; answers their ids. */
  async function groupWithThread(visibility: string, members: Person[]) {
    const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
      platform,
      owner,
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
      { input: { name: `Open room ${Math.random().toString(36).slice(2, 8)}`, visibility } },
    );
    for (const member of members)
      await gqlAs(platform, member, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
        g: createGroup.id,
      });
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      owner,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Open", body: "Hello" }) { id } }',
      { g: createGroup.id },
    );
    return { groupId: createGroup.id, threadId: createThread.id };
  }

  /**
   * The owner sends `body` after the change has had a moment to reach the realtime service; the entitled socket
   * hears it, the other does not.
   */
  async function expectCutOff(threadId: string, sender: Socket, entitled: string[], cutOff: string[]) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const body = `After the change ${Math.random()}`;
    expect(await call(sender, 'message:send', { threadId, body })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(entitled).toContain(body);
    expect(cutOff).not.toContain(body);
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await person('Open Owner');
  });

  afterAll(() => platform.close());

  it.each(['PRIVATE', 'HIDDEN'])(
    'takes readers who are not members out when a PUBLIC group becomes %s (updateGroup)',
    async (visibility) => {
      const member = await person(`Stays ${visibility}`);
      const reader = await person(`Reader ${visibility}`);
      const { groupId, threadId } = await groupWithThread('PUBLIC', [member]);
      const ownerSocket = await connect(owner);
      const memberSocket = await connect(member);
      const readerSocket = await connect(reader);
      for (const socket of [ownerSocket, memberSocket, readerSocket])
        expect(await call(socket, 'thread:join', { threadId })).toMatchObject({ ok: true });
      const memberHeard = bodiesHeard(memberSocket);
      const readerHeard = bodiesHeard(readerSocket);
      // Before the change the reader hears the thread: the cut-off below is the change's doing.
      await call(ownerSocket, 'message:send', { threadId, body: 'While public' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readerHeard).toContain('While public');

      await gqlAs(
        platform,
        owner,
        'mutation($g: ID!, $input: UpdateGroupInput!) { updateGroup(id: $g, input: $input) { visibility } }',
        { g: groupId, input: { visibility } },
      );
      await expectCutOff(threadId, ownerSocket, memberHeard, readerHeard);
      expect(await call(readerSocket, 'thread:join', { threadId })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    },
  );

  it('takes the member out when they leave, are removed or are banned (the group turned PRIVATE, then HIDDEN)', async () => {
    const stays = await person('Stays Always');
    const leaves = await person('Leaves Freely');
    const removed = await person('Removed Quietly');
    const banned = await person('Banned Outright');
    const { groupId, threadId } = await groupWithThread('PUBLIC', [stays, leaves, removed, banned]);
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!) { updateGroup(id: $g, input: { visibility: PRIVATE }) { id } }',
      { g: groupId },
    );
    const ownerSocket = await connect(owner);
    const sockets = new Map<Person, Socket>();
    for (const who of [stays, leaves, removed, banned]) sockets.set(who, await connect(who));
    await call(ownerSocket, 'thread:join', { threadId });
    for (const socket of sockets.values())
      expect(await call(socket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    const staysSocketHeard = bodiesHeard(sockets.get(stays)!);

    await gqlAs(platform, leaves, 'mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: groupId });
    await expectCutOff(threadId, ownerSocket, staysSocketHeard, bodiesHeard(sockets.get(leaves)!));

    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!) { updateGroup(id: $g, input: { visibility: HIDDEN }) { id } }',
      { g: groupId },
    );
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: false) }',
      { g: groupId, m: removed.id },
    );
    await expectCutOff(threadId, ownerSocket, staysSocketHeard, bodiesHeard(sockets.get(removed)!));

    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
      { g: groupId, m: banned.id },
    );
    await expectCutOff(threadId, ownerSocket, staysSocketHeard, bodiesHeard(sockets.get(banned)!));
  });

  it('takes everyone but admins out when an admin hides the group (a report resolved)', async () => {
    const member = await person('Hidden Member');
    const reader = await person('Hidden Reader');
    const { groupId, threadId } = await groupWithThread('PUBLIC', [member]);
    const admin = { ...owner, token: await platform.login(ADMIN.email, ADMIN.password) };
    const adminSender = await connect(admin);
    const adminListener = await connect(admin);
    const memberSocket = await connect(member);
    const readerSocket = await connect(reader);
    for (const socket of [adminSender, adminListener, memberSocket, readerSocket])
      expect(await call(socket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    const adminHeard = bodiesHeard(adminListener);
    const memberHeard = bodiesHeard(memberSocket);
    const readerHeard = bodiesHeard(readerSocket);
    const { report } = await gqlAs<{ report: { id: string } }>(
      platform,
      reader,
      'mutation($id: ID!) { report(input: { subjectType: GROUP, subjectId: $id, reason: "Spam" }) { id } }',
      { id: groupId },
    );
    await gqlAs(
      platform,
      admin,
      'mutation($id: ID!) { resolveReport(id: $id, action: HIDE_CONTENT) { id } }',
      { id: report.id },
    );
    await expectCutOff(threadId, adminSender, adminHeard, memberHeard);
    expect(readerHeard).toEqual(memberHeard);
  });

  it('takes a member banned from a PUBLIC group out (a public group’s reader loses access only by a ban)', async () => {
    const stays = await person('Public Stays');
    const banned = await person('Public Banned');
    const { groupId, threadId } = await groupWithThread('PUBLIC', [stays]);
    const ownerSocket = await connect(owner);
    const staysSocket = await connect(stays);
    const bannedSocket = await connect(banned);
    for (const socket of [ownerSocket, staysSocket, bannedSocket])
      expect(await call(socket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    const staysHeard = bodiesHeard(staysSocket);
    const bannedHeard = bodiesHeard(bannedSocket);
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
      { g: groupId, m: banned.id },
    );
    await expectCutOff(threadId, ownerSocket, staysHeard, bannedHeard);
  });
});
