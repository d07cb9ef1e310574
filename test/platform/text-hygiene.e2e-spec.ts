import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { calendarRoutes, expectWellFolded } from '../support/calendar-files.js';
import { createEventAs } from '../support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

type Answer = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: { code: string; fields?: Record<string, string> } }>;
};

/** One line each: line breaks, text-direction controls, zero-width characters and other controls. */
const NOT_ONE_LINE = [
  'Sam\nJones',
  'Sam\r\nJones',
  'Sam\u2028Jones',
  'Sam \u202Eenoj',
  'Sam \u2066Jones\u2069',
  'Sam\u200BJones',
  'Sam\u200DJones',
  '\uFEFFSam Jones',
  'Sam\u2060Jones',
  'Sam\tJones',
  'Sam\u0007Jones',
  'Sam\u001B[31mJones',
  'Sam\u0085Jones',
  'Sam\u009BJones',
];

/** Issue 17: names, titles and subjects are one plain line; bodies keep their line breaks but no other controls. */
describe('control characters in what members write (issue 17)', () => {
  let platform: TestPlatform;
  let sam: Person;
  let organiser: Person;

  beforeAll(async () => {
    platform = await startTestPlatform();
    sam = await signedInPerson(platform, 'Sam Plain');
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
  });

  afterAll(() => platform.close());

  const ask = (who: Person, query: string, variables: Record<string, unknown>) =>
    platform.graphql(query, variables, who.token) as Promise<Answer>;
  const refusedOn = (answer: Answer, field: string) => {
    expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(answer.errors![0].extensions.fields ?? {})).toContain(field);
  };

  it('refuses a display name, group name, thread title or event title that is not one plain line', async () => {
    const { groupId } = await privateThread(platform, sam, [], 'Plain titles');
    for (const value of NOT_ONE_LINE) {
      refusedOn(
        await ask(sam, 'mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }', {
          n: value,
        }),
        'displayName',
      );
      refusedOn(
        await ask(sam, 'mutation($n: String!) { createGroup(input: { name: $n }) { id } }', { n: value }),
        'name',
      );
      refusedOn(
        await ask(
          sam,
          'mutation($g: ID!, $t: String!) { createThread(input: { groupId: $g, title: $t, body: "Hi" }) { id } }',
          {
            g: groupId,
            t: value,
          },
        ),
        'title',
      );
    }
    const event = await ask(organiser, 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', {
      i: {
        title: 'Two\nlines',
        startsAt: new Date(Date.now() + 864e6).toISOString(),
        endsAt: new Date(Date.now() + 865e6).toISOString(),
        timezone: 'Europe/London',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/two',
      },
    });
    refusedOn(event, 'title');
    // Nothing was changed or made; an ordinary name with accents and emoji is fine.
    const [{ display_name: name }] = await platform.db.query<{ display_name: string }>(
      'SELECT display_name FROM members WHERE id = $1',
      [sam.id],
    );
    expect(name).toBe('Sam Plain');
    expect(
      (
        await ask(sam, 'mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }', {
          n: 'Zoë 🙂 Ōkami',
        })
      ).errors,
    ).toBeUndefined();
  });

  it('keeps line breaks in bodies (CRLF made LF), over GraphQL and the socket, and refuses other controls', async () => {
    const friend = await signedInPerson(platform, 'Friend Plain');
    const { threadId, groupId } = await privateThread(platform, sam, [friend], 'Bodies');
    const posted = await gqlAs<{ postMessage: { body: string } }>(
      platform,
      sam,
      'mutation($i: PostMessageInput!) { postMessage(input: $i) { body } }',
      { i: { threadId, body: 'line one\r\nline two\n\tindented' } },
    );
    expect(posted.postMessage.body).toBe('line one\nline two\n\tindented');
    const socket: Socket = platform.connectSocket(sam.token);
    await socketOutcome(socket);
    const sent = (await socket.emitWithAck('message:send', { threadId, body: 'from\r\nthe socket' })) as {
      message: { body: string };
    };
    expect(sent.message.body).toBe('from\nthe socket');
    for (const body of ['a lone\rcarriage return', 'a bell\u0007', 'escape \u001B[2J', 'C1 \u0085']) {
      refusedOn(
        await ask(sam, 'mutation($i: PostMessageInput!) { postMessage(input: $i) { id } }', {
          i: { threadId, body },
        }),
        'body',
      );
      const ack = (await socket.emitWithAck('message:send', { threadId, body })) as {
        ok: boolean;
        error?: { code: string; fields?: Record<string, string> };
      };
      expect(ack).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', fields: { body: expect.any(String) } },
      });
    }
    socket.disconnect();
    const [{ n }] = await platform.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM messages WHERE thread_id = $1 AND body ~ '[\\r\\u0007\\u001b\\u0085]'",
      [threadId],
    );
    expect(n).toBe(0);

    const group = await ask(
      sam,
      'mutation($g: ID!, $d: String!) { updateGroup(id: $g, input: { description: $d }) { description } }',
      { g: groupId, d: 'First paragraph.\r\n\r\nSecond one.' },
    );
    expect(group.errors).toBeUndefined();
    expect(group.data).toEqual({ updateGroup: { description: 'First paragraph.\n\nSecond one.' } });
    refusedOn(
      await ask(sam, 'mutation($b: String!) { updateProfile(input: { bio: $b }) { id } }', {
        b: 'bio\u0001',
      }),
      'bio',
    );
  });

  it('never lets a lone carriage return into a calendar file', async () => {
    const withBreaks = await ask(
      organiser,
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title: 'Careful',
          description: 'a lone\rreturn',
          startsAt: new Date(Date.now() + 864e6).toISOString(),
          endsAt: new Date(Date.now() + 865e6).toISOString(),
          timezone: 'Europe/London',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/careful',
        },
      },
    );
    refusedOn(withBreaks, 'description');
    // Text stored before these checks is written safely all the same.
    const event = await createEventAs(platform, organiser, { title: 'Older text' });
    await platform.db.query(
      "UPDATE events SET title = 'Old\rtitle', description = E'one\\rtwo\\r\\nthree\\u0007', venue = E'Hall\\r' WHERE id = $1",
      [event.id],
    );
    const { get } = calendarRoutes(() => platform);
    const file = await get(`/events/${event.id}.ics`);
    expect(file.status).toBe(200);
    expectWellFolded(file.text);
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/\p{Cc}/u);
    expect(file.text).toContain('SUMMARY:Old\\ntitle');
  });
});
