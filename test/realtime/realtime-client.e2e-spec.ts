import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io } from 'socket.io-client';
import { ConferClient, type MessagePayload } from '#libs/client';
import { Throttle } from '#libs/rate-limits';
import { sendLimit } from '../../apps/api/src/discussions/send-limit.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

type Person = { id: string; token: string };

// REALTIME_SEND_LIMIT 30 a minute: bursts of 10, then one every 2 s.
describe('the typed client, presence, send limits and the origin check', () => {
  let platform: TestPlatform;
  const clients: ConferClient[] = [];

  const person = async (displayName: string): Promise<Person> => {
    const created = await newMember(platform.db, { displayName });
    return { id: created.id, token: await platform.login(created.email, MEMBER_PASSWORD) };
  };
  const client = async (who: Person): Promise<ConferClient> => {
    const connected = await ConferClient.connect({ url: platform.realtimeUrl, token: who.token });
    clients.push(connected);
    return connected;
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, who: Person) =>
    platform.graphql<T>(query, variables, who.token);
  /** A private group of `owner` with `others` in it, and a thread in it. */
  const thread = async (owner: Person, ...others: Person[]): Promise<string> => {
    const groupId = (
      await gql<{ createGroup: { id: string } }>(
        'mutation { createGroup(input: { name: "Client Room", visibility: PRIVATE }) { id } }',
        {},
        owner,
      )
    ).data!.createGroup.id;
    for (const other of others) {
      await gql(
        'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
        { g: groupId, m: other.id },
        owner,
      );
      await gql('mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }', { g: groupId }, other);
    }
    return (
      await gql<{ createThread: { id: string } }>(
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Client", body: "Opening" }) { id } }',
        { g: groupId },
        owner,
      )
    ).data!.createThread.id;
  };
  const post = (who: Person, threadId: string, body: string) =>
    gql(
      'mutation($t: ID!, $b: String!) { postMessage(input: { threadId: $t, body: $b }) { id } }',
      { t: threadId, b: body },
      who,
    );
  const messageCount = async (who: Person, threadId: string) =>
    (
      await gql<{ thread: { messageCount: number } }>(
        'query($t: ID!) { thread(id: $t) { messageCount } }',
        { t: threadId },
        who,
      )
    ).data!.thread.messageCount;
  const heard = (to: ConferClient) => {
    const messages: MessagePayload[] = [];
    to.on('message', (message) => messages.push(message));
    return messages;
  };
  beforeAll(async () => {
    platform = await startTestPlatform({ REALTIME_SEND_LIMIT: '30' });
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await platform.close();
  });

  it('tells a thread who is in it as members join, leave and drop', async () => {
    const [ann, ben] = [await person('Presence Ann'), await person('Presence Ben')];
    const threadId = await thread(ann, ben);
    const annClient = await client(ann);
    const seenByAnn: string[][] = [];
    annClient.on('presence', (event) => {
      if (event.threadId === threadId) seenByAnn.push(event.memberIds);
    });
    await annClient.join(threadId);
    await until(() => seenByAnn.length > 0);
    expect(seenByAnn.at(-1)).toEqual([ann.id]);

    const benClient = await client(ben);
    await benClient.join(threadId);
    await until(() => seenByAnn.at(-1)!.length === 2);
    expect(seenByAnn.at(-1)).toEqual([ann.id, ben.id].sort());

    await benClient.leave(threadId);
    await until(() => seenByAnn.at(-1)!.length === 1);
    expect(seenByAnn.at(-1)).toEqual([ann.id]);

    await benClient.join(threadId);
    await until(() => seenByAnn.at(-1)!.length === 2);
    benClient.close(); // a dropped connection leaves too
    await until(() => seenByAnn.at(-1)!.length === 1);
    expect(seenByAnn.at(-1)).toEqual([ann.id]);
  });

  it('sends at least once without storing twice: a retry of a send whose answer was lost returns the first message', async () => {
    const [ann, ben] = [await person('Retry Ann'), await person('Retry Ben')];
    const threadId = await thread(ann, ben);
    const benClient = await client(ben);
    await benClient.join(threadId);
    const benHeard = heard(benClient);
    // A first attempt whose acknowledgement never reached Ann: the server stored it and told the thread.
    const raw = platform.connectSocket(ann.token);
    await socketOutcome(raw);
    const first = (await raw.emitWithAck('message:send', {
      threadId,
      body: 'Only once',
      clientId: 'retry-1',
    })) as {
      message: MessagePayload;
    };
    const annClient = await client(ann);
    const retried = await annClient.send(threadId, 'Only once', { clientId: 'retry-1' });
    expect(retried.id).toBe(first.message.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(benHeard.filter((m) => m.body === 'Only once')).toHaveLength(1);
    expect(await messageCount(ann, threadId)).toBe(2);

    // A send while the connection is down waits for it and goes through once.
    annClient.socket.io.engine.close();
    const sent = await annClient.send(threadId, 'Through the drop');
    expect(sent.body).toBe('Through the drop');
    await until(() => benHeard.some((m) => m.id === sent.id));
    expect(await messageCount(ann, threadId)).toBe(3);
  });

  it('catches up after a dropped connection: every missed message once, in order, then live again', async () => {
    const [ann, ben] = [await person('Catchup Ann'), await person('Catchup Ben')];
    const threadId = await thread(ann, ben);
    const benClient = await client(ben);
    expect((await benClient.join(threadId)).map((m) => m.body)).toEqual(['Opening']);
    const benHeard = heard(benClient);
    let caughtUp = 0;
    benClient.on('caughtUp', () => caughtUp++);

    benClient.socket.disconnect();
    for (const body of ['Missed one', 'Missed two', 'Missed three']) await post(ann, threadId, body);
    benClient.socket.connect();
    await until(() => caughtUp === 1);
    await post(ann, threadId, 'Live again');
    await until(() => benHeard.length === 4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(benHeard.map((m) => [m.seq, m.body])).toEqual([
      [2, 'Missed one'],
      [3, 'Missed two'],
      [4, 'Missed three'],
      [5, 'Live again'],
    ]);
    expect(benClient.lastSeq(threadId)).toBe(5);
  });

  it('keeps reconnecting after a refused reconnect, and catches up the threads still readable', async () => {
    const [ann, ben] = [await person('Comeback Ann'), await person('Comeback Ben')];
    const [open, closing] = [await thread(ann, ben), await thread(ann, ben)];
    let asked = 0;
    const benClient = await ConferClient.connect({
      url: platform.realtimeUrl,
      token: () => (++asked === 2 ? 'an expired token' : ben.token), // the first reconnect is refused
    });
    clients.push(benClient);
    await benClient.join(open);
    await benClient.join(closing);
    const benHeard = heard(benClient);
    let caughtUp = 0;
    benClient.on('caughtUp', () => caughtUp++);

    benClient.socket.io.engine.close();
    await post(ann, open, 'While you were away');
    const groupOf = await platform.db.query<{ group_id: string }>(
      'SELECT group_id FROM threads WHERE id = $1',
      [closing],
    );
    await gql(
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m) }',
      { g: groupOf[0].group_id, m: ben.id },
      ann,
    );
    await until(() => caughtUp === 1, { ms: 10_000 });
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(benHeard.map((m) => [m.threadId, m.body])).toEqual([[open, 'While you were away']]);
    expect(benClient.lastSeq(closing)).toBe(0); // no longer followed
  });

  it('refuses sends beyond the member’s rate with RATE_LIMITED and the seconds to wait, storing nothing', async () => {
    const [ann, ben] = [await person('Rate Ann'), await person('Rate Ben')];
    const threadId = await thread(ann, ben);
    // Everyone connected first, so that nothing slow comes between emptying Ann's allowance and what follows.
    const raw = platform.connectSocket(ann.token);
    await socketOutcome(raw);
    const benClient = await client(ben);
    const annClient = await client(ann);
    type Ack = { ok: boolean; error?: { code: string; retryAfter: number; message: string } };
    const sendRaw = (body: string) => raw.emitWithAck('message:send', { threadId, body }) as Promise<Ack>;
    // Twelve at once (one every 2 s comes back: sent one after another on a slow machine, one more would pass).
    const acks = await Promise.all(Array.from({ length: 12 }, (_, i) => sendRaw(`Burst ${i}`)));
    expect(acks.filter((ack) => ack.ok)).toHaveLength(10);
    const refused = acks.filter((ack) => !ack.ok);
    expect(refused).toEqual([
      {
        ok: false,
        error: { code: 'RATE_LIMITED', retryAfter: expect.any(Number), message: expect.any(String) },
      },
      {
        ok: false,
        error: { code: 'RATE_LIMITED', retryAfter: expect.any(Number), message: expect.any(String) },
      },
    ]);
    expect(refused[0].error!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused[0].error!.retryAfter).toBeLessThanOrEqual(2);
    expect(await messageCount(ann, threadId)).toBe(11);

    // Another member is not slowed by Ann.
    expect((await benClient.send(threadId, 'Ben is fine')).body).toBe('Ben is fine');
    // The typed client waits out the limit and then sends: Ann's allowance is emptied again (what came back since),
    // and her client's first try is refused; it tries again after the seconds it was told, and the message is stored.
    const tries: number[] = [];
    annClient.socket.onAnyOutgoing((event) => {
      if (event === 'message:send') tries.push(Date.now());
    });
    let drained = 0;
    while ((await sendRaw(`Drain ${drained}`)).ok) drained++;
    expect((await annClient.send(threadId, 'After waiting')).body).toBe('After waiting');
    expect(tries.length).toBeGreaterThanOrEqual(2);
    expect(tries[1] - tries[0]).toBeGreaterThanOrEqual(900);
    expect(await messageCount(ann, threadId)).toBe(13 + drained);
  });

  it('lets browsers connect only from the public origin or ALLOWED_ORIGINS; clients without an Origin go on to sign-in', async () => {
    const ann = await person('Origin Ann');
    const attempt = (origin?: string) =>
      socketOutcome(
        io(platform.realtimeUrl, {
          auth: { token: ann.token },
          transports: ['websocket'],
          reconnection: false,
          extraHeaders: origin ? { origin } : {},
        }),
      ).catch((error: Error) => `refused: ${error.message}`);
    expect(await attempt('https://elsewhere.example')).toMatch(/^refused/);
    expect(await attempt('http://confer.test')).toBe('connected');
    expect(await attempt()).toBe('connected');
  });

  it('takes a 10,000-character message, and closes a socket that sends an event over 64 KiB', async () => {
    const [ann, ben] = [await person('Size Ann'), await person('Size Ben')];
    const threadId = await thread(ann, ben);
    const raw = platform.connectSocket(ann.token);
    await socketOutcome(raw);
    const longest = '💬'.repeat(5_000); // 10,000 UTF-16 characters, 20,000 bytes of UTF-8
    const ok = (await raw.emitWithAck('message:send', { threadId, body: longest })) as { ok: boolean };
    expect(ok.ok).toBe(true);
    const closed = new Promise<string>((resolve) => raw.once('disconnect', resolve));
    raw.emit('message:send', { threadId, body: 'x'.repeat(70 * 1024) });
    expect(await closed).toBe('transport close');
    expect(await messageCount(ann, threadId)).toBe(2);
  });

  it('answers a join with at most 100 messages and hasMore, and the typed client pages through the rest', async () => {
    const [ann, ben] = [await person('Long Ann'), await person('Long Ben')];
    const threadId = await thread(ann, ben);
    for (let i = 1; i <= 120; i++) {
      // GraphQL lets a member post REALTIME_SEND_LIMIT (30 here) a minute: their count starts again every 25.
      if (i % 25 === 0) await platform.api.get(Throttle).clear([sendLimit(ann.id, 30).key]);
      await post(ann, threadId, `Long ${i}`);
    }
    const raw = platform.connectSocket(ben.token);
    await socketOutcome(raw);
    const first = (await raw.emitWithAck('thread:join', { threadId, afterSeq: 0 })) as {
      messages: Array<{ seq: number }>;
      hasMore: boolean;
    };
    expect(first.messages.map((m) => m.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(first.hasMore).toBe(true);
    const benClient = await client(ben);
    const all = await benClient.join(threadId);
    expect(all.map((m) => m.seq)).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    expect(benClient.lastSeq(threadId)).toBe(121);
  });

  it('tells typing to the others through the client', async () => {
    const [ann, ben] = [await person('Typing Ann'), await person('Typing Ben')];
    const threadId = await thread(ann, ben);
    const [annClient, benClient] = [await client(ann), await client(ben)];
    await annClient.join(threadId);
    await benClient.join(threadId);
    const heardTyping: unknown[] = [];
    benClient.on('typing', (event) => heardTyping.push(event));
    const annHeard: unknown[] = [];
    annClient.on('typing', (event) => annHeard.push(event));
    annClient.typing(threadId);
    annClient.typing(threadId); // within 2 s: not told again
    await until(() => heardTyping.length === 1);
    const probe = await annClient.send(threadId, 'after typing'); // a later event, in order behind the typing
    await until(() => benClient.lastSeq(threadId) >= probe.seq);
    expect(heardTyping).toEqual([{ threadId, memberId: ann.id }]);
    expect(annHeard).toEqual([]); // not echoed to the one typing
  });

  it('tells the member their notifications as they are raised (an invitation to a group)', async () => {
    const [owner, guest] = [await person('Inviting Owner'), await person('Invited Guest')];
    const guestClient = await client(guest);
    const heard: Array<{ kind: string; summary: string }> = [];
    guestClient.on('notification', (notification) => heard.push(notification));
    const groupId = (
      await gql<{ createGroup: { id: string } }>(
        'mutation { createGroup(input: { name: "Invitation Room", visibility: PRIVATE }) { id } }',
        {},
        owner,
      )
    ).data!.createGroup.id;
    await gql(
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: groupId, m: guest.id },
      owner,
    );
    await until(() => heard.length > 0, { what: 'the invitation told live' });
    expect(heard).toEqual([
      expect.objectContaining({
        kind: 'GROUP_INVITATION',
        summary: expect.stringContaining('Invitation Room'),
      }),
    ]);
  });
});
