import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { ConferClient } from '#libs/client';
import { ABUSE_LIMITS_ENV } from '../support/abuse-limits.js';
import { createEventAs } from '../support/events.js';
import { newMember } from '../support/member-factory.js';
import { gqlAs, postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

type Answer = { errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
type Ack = { ok: boolean; error?: { code: string; retryAfter?: number; message: string } };

const EDIT = 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }';
const REACT = 'mutation($m: ID!, $e: String!) { toggleReaction(messageId: $m, emoji: $e) { emoji } }';
const THREAD =
  'mutation($g: ID!, $t: String!) { createThread(input: { groupId: $g, title: $t, body: "Hi" }) { id } }';
const GROUP = 'mutation($n: String!) { createGroup(input: { name: $n }) { id } }';
const ANNOUNCE = 'mutation($e: ID!, $m: String!) { announceEvent(eventId: $e, message: $m) { id } }';
const INVITE = 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }';
const PAIR = 'mutation($m: ID!) { requestPairing(memberId: $m) { id status } }';
const ANSWER = 'mutation($r: ID!, $a: Boolean!) { respondToPairing(requestId: $r, accept: $a) { status } }';
const JOIN = 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }';

/** Issue 17: every write that others receive is limited per member, over GraphQL and sockets alike (WRITE_LIMITS). */
describe('abuse limits on writes others receive (issue 17)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(ABUSE_LIMITS_ENV);
  });

  afterAll(() => platform.close());

  const person = (name: string, role?: 'ORGANISER') =>
    signedInPerson(platform, name, { openToPairing: true, ...(role ? { role } : {}) });
  const ask = (who: Person, query: string, variables: Record<string, unknown>) =>
    platform.graphql(query, variables, who.token) as Promise<Answer>;
  /** Runs `write` `times` times, each expected to work. */
  const times = async (count: number, write: (i: number) => Promise<Answer>) => {
    for (let i = 0; i < count; i++) expect((await write(i)).errors).toBeUndefined();
  };
  const refused = (answer: Answer, what: RegExp) =>
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringMatching(what),
      extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
    });
  const socketOf = async (who: Person): Promise<Socket> => {
    const socket = platform.connectSocket(who.token);
    await socketOutcome(socket);
    return socket;
  };

  it('counts edits (30 a minute) and reactions (60 a minute) once per member, over GraphQL and the socket together', async () => {
    const [ann, ben] = [await person('Edit Ann'), await person('Edit Ben')];
    const { threadId } = await privateThread(platform, ann, [ben], 'Edits');
    const messageId = await postAs(platform, ann, threadId, 'first words');
    const socket = await socketOf(ann);
    await times(20, (i) => ask(ann, EDIT, { id: messageId, b: `graphql edit ${i}` }));
    for (let i = 0; i < 10; i++) {
      const ack = (await socket.emitWithAck('message:edit', { messageId, body: `socket edit ${i}` })) as Ack;
      expect(ack.ok).toBe(true);
    }
    const overSocket = (await socket.emitWithAck('message:edit', { messageId, body: 'one too many' })) as Ack;
    expect(overSocket).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfter: expect.any(Number), message: expect.any(String) },
    });
    expect(overSocket.error!.message).toMatch(/You have made 30 message edits in the last minute/);
    refused(await ask(ann, EDIT, { id: messageId, b: 'one too many' }), /30 message edits/);
    const [{ body }] = await platform.db.query<{ body: string }>('SELECT body FROM messages WHERE id = $1', [
      messageId,
    ]);
    expect(body).toBe('socket edit 9');

    // Reactions: 60 a minute, whichever way they come.
    await times(59, (i) => ask(ann, REACT, { m: messageId, e: i % 2 ? '👍' : '🎉' }));
    const last = (await socket.emitWithAck('reaction:toggle', { messageId, emoji: '👍' })) as Ack;
    expect(last.ok).toBe(true);
    const overReaction = (await socket.emitWithAck('reaction:toggle', { messageId, emoji: '👍' })) as Ack;
    expect(overReaction.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    refused(await ask(ann, REACT, { m: messageId, e: '👍' }), /60 reactions in the last minute/);
    // Ben's budget is his own.
    expect((await ask(ben, REACT, { m: messageId, e: '👍' })).errors).toBeUndefined();
    socket.disconnect();
  });

  it('limits new groups (5 a day), threads (10 an hour) and group invitations (50 an hour)', async () => {
    const cat = await person('Group Cat');
    const groups: string[] = [];
    await times(5, async (i) => {
      const answer = (await ask(cat, GROUP, { n: `Cat group ${i}` })) as Answer & {
        data?: { createGroup: { id: string } };
      };
      if (answer.data) groups.push(answer.data.createGroup.id);
      return answer;
    });
    const sixth = await ask(cat, GROUP, { n: 'Cat group 6' });
    refused(sixth, /5 new groups in the last day/);
    expect((sixth.errors![0].extensions.retryAfter as number) > 23 * 3600).toBe(true);

    await times(10, (i) => ask(cat, THREAD, { g: groups[0], t: `Thread ${i}` }));
    refused(await ask(cat, THREAD, { g: groups[1], t: 'Thread 11' }), /10 new threads in the last hour/);

    const invitees = await Promise.all(Array.from({ length: 51 }, () => newMember(platform.db)));
    await times(50, (i) => ask(cat, INVITE, { g: groups[i % 5], m: invitees[i].id }));
    refused(await ask(cat, INVITE, { g: groups[0], m: invitees[50].id }), /50 group invitations/);
    const [{ n }] = await platform.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM group_memberships WHERE member_id = $1',
      [invitees[50].id],
    );
    expect(n).toBe(0);
  });

  it('limits new events (10 a day) and announcements (5 an hour for each event)', async () => {
    const dee = await person('Event Dee', 'ORGANISER');
    const events: string[] = [];
    for (let i = 0; i < 10; i++)
      events.push((await createEventAs(platform, dee, { title: `Event ${i}` })).id);
    const eleventh = await ask(dee, `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: {
        title: 'Event 11',
        startsAt: new Date(Date.now() + 864e6).toISOString(),
        endsAt: new Date(Date.now() + 865e6).toISOString(),
        timezone: 'Europe/London',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/eleven',
      },
    });
    refused(eleventh, /10 new events in the last day/);

    await times(5, (i) => ask(dee, ANNOUNCE, { e: events[0], m: `News ${i}` }));
    refused(await ask(dee, ANNOUNCE, { e: events[0], m: 'News 6' }), /5 announcements for this event/);
    expect((await ask(dee, ANNOUNCE, { e: events[1], m: 'Other news' })).errors).toBeUndefined();
  });

  it('limits pairing requests (10 a day), and asking again after a decline waits 30 days', async () => {
    const eve = await person('Pairing Eve');
    const others = await Promise.all(Array.from({ length: 11 }, (_, i) => person(`Open Pair ${i}`)));
    const first = (await ask(eve, PAIR, { m: others[0].id })) as Answer & {
      data: { requestPairing: { id: string } };
    };
    expect(first.errors).toBeUndefined();
    await gqlAs(platform, others[0], ANSWER, { r: first.data.requestPairing.id, a: false });
    const again = await ask(eve, PAIR, { m: others[0].id });
    refused(again, /declined your request. You can ask them again 30 days after/);
    expect((again.errors![0].extensions.retryAfter as number) > 29 * 86_400).toBe(true);

    await times(9, (i) => ask(eve, PAIR, { m: others[i + 1].id }));
    refused(await ask(eve, PAIR, { m: others[10].id }), /10 pairing requests in the last day/);
  });

  it('limits requests to join groups (20 a day); an open group is joined as usual', async () => {
    const fay = await person('Joining Fay');
    const owner = await newMember(platform.db, { displayName: 'Many Groups' });
    const rows = await platform.db.query<{ id: string }>(
      `INSERT INTO groups (slug, name, visibility, created_by_id)
         SELECT 'asks-' || i, 'Asks ' || i, 'PRIVATE', $1 FROM generate_series(1, 21) AS i RETURNING id`,
      [owner.id],
    );
    await times(20, (i) => ask(fay, JOIN, { g: rows[i].id }));
    refused(await ask(fay, JOIN, { g: rows[20].id }), /20 requests to join groups/);
    const [open] = await platform.db.query<{ id: string }>(
      `INSERT INTO groups (slug, name, visibility, created_by_id) VALUES ('open-to-all', 'Open', 'PUBLIC', $1)
       RETURNING id`,
      [owner.id],
    );
    expect((await ask(fay, JOIN, { g: open.id })).errors).toBeUndefined();
  });

  it('passes on at most 10 typing notices at once from one member, however many sockets they use', async () => {
    const [gus, hal] = [await person('Typing Gus'), await person('Typing Hal')];
    const { threadId } = await privateThread(platform, gus, [hal], 'Typing');
    const listener = await socketOf(hal);
    await listener.emitWithAck('thread:join', { threadId });
    let heard = 0;
    listener.on('typing', () => heard++);
    const sockets = await Promise.all(Array.from({ length: 15 }, () => socketOf(gus)));
    for (const socket of sockets) await socket.emitWithAck('thread:join', { threadId });
    for (const socket of sockets) socket.emit('typing', { threadId });
    await until(() => heard >= 10, { ms: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heard).toBe(10);
    for (const socket of [...sockets, listener]) socket.disconnect();
  });

  it('refuses a member’s 21st open socket with connect_error RATE_LIMITED, and lets one in when another closes', async () => {
    const ivy = await person('Many Tabs Ivy');
    const sockets = await Promise.all(Array.from({ length: 20 }, () => socketOf(ivy)));
    const extra = platform.connectSocket(ivy.token);
    const error = (await socketOutcome(extra).catch((caught: unknown) => caught)) as Error & {
      data?: Record<string, unknown>;
    };
    expect(error.message).toBe('RATE_LIMITED');
    expect(error.data).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/open in 20 windows or devices at once/),
      retryAfter: expect.any(Number),
    });
    // The typed client tells the refusal as it is.
    await expect(ConferClient.connect({ url: platform.realtimeUrl, token: ivy.token })).rejects.toMatchObject(
      {
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
        message: expect.stringMatching(/windows or devices/),
      },
    );
    // Someone else connects as usual; and Ivy, once she closes a tab.
    await socketOf(await person('One Tab Jo'));
    sockets[0].disconnect();
    await until(async () => {
      const again = platform.connectSocket(ivy.token);
      return socketOutcome(again).then(
        () => true,
        () => false,
      );
    });
    for (const socket of sockets) socket.disconnect();
  });
});
