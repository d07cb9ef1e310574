import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConferClient } from '#libs/client';
import { EVENT_REMINDER_JOB } from '#libs/events';
import { JobQueue } from '#libs/jobs';
import type { NotificationPayload } from '#libs/realtime-contract';
import { createEventAs, daysFromNow, rsvpAs } from '../support/events.js';
import { MailCatcher } from '../support/mail-catcher.js';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { eventually, jobsSettled, until } from '../support/until.js';

interface Told {
  kind: string;
  summary: string;
  excerpt: string | null;
  link: string;
  eventId: string | null;
}

const CENTRE = '{ notifications(first: 50) { edges { node { kind summary excerpt link eventId } } } }';

describe('event notifications: announcements, changes, cancellations, promotions and reminders', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  let organiser: Person;
  let going: Person;
  let waiting: Person;
  let left: Person;
  let bystander: Person;
  const clients: ConferClient[] = [];

  const centre = async (who: Person): Promise<Told[]> =>
    (
      await gqlAs<{ notifications: { edges: Array<{ node: Told }> } }>(platform, who, CENTRE)
    ).notifications.edges.map((e) => e.node);
  const settled = () => jobsSettled((sql) => platform.db.query(sql));
  const kindsOf = async (who: Person, eventId: string) =>
    (await centre(who)).filter((n) => n.eventId === eventId).map((n) => n.kind);

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ SMTP_URL: await mail.start() });
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    going = await signedInPerson(platform, 'Gita Going');
    waiting = await signedInPerson(platform, 'Wes Waiting');
    left = await signedInPerson(platform, 'Lou Left');
    bystander = await signedInPerson(platform, 'Bo Bystander');
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await platform.close();
    await mail.stop();
  });

  /** An event with one place: `going` has it, `waiting` waits, `left` said yes then no. */
  async function fullEvent(input: Record<string, unknown> = {}) {
    const event = await createEventAs(platform, organiser, {
      capacity: 1,
      title: 'Pairs in practice',
      ...input,
    });
    await rsvpAs(platform, going, event.id, 'GOING');
    await rsvpAs(platform, waiting, event.id, 'GOING');
    await rsvpAs(platform, left, event.id, 'GOING');
    await rsvpAs(platform, left, event.id, 'NOT_GOING');
    return event;
  }

  it('announces to everyone going or waiting, live and by e-mail as they chose, and keeps it on the event', async () => {
    const event = await fullEvent();
    await gqlAs(
      platform,
      waiting,
      'mutation { updateNotificationPreferences(input: { preferences: [{ kind: EVENT_ANNOUNCEMENT, channel: EMAIL_NOW }] }) { kind } }',
    );
    const live = await ConferClient.connect({ url: platform.realtimeUrl, token: going.token });
    clients.push(live);
    const heard: NotificationPayload[] = [];
    live.socket.on('notification:new', (n) => heard.push(n));

    const ANNOUNCE =
      'mutation($e: ID!, $m: String!) { announceEvent(eventId: $e, message: $m) { id message } }';
    const refused = await platform.graphql(ANNOUNCE, { e: event.id, m: 'Hello' }, going.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await gqlAs(platform, organiser, ANNOUNCE, {
      e: event.id,
      m: 'Bring a friend: we have moved to the big room.',
    });

    await until(() => heard.some((n) => n.kind === 'EVENT_ANNOUNCEMENT'), { what: 'the live announcement' });
    expect(heard.find((n) => n.kind === 'EVENT_ANNOUNCEMENT')).toMatchObject({
      summary: 'Olu Organiser posted news about “Pairs in practice”',
      link: `/events/${event.id}`,
      eventId: event.id,
    });
    const mailed = await mail.waitFor(waiting.email, /posted news about/);
    expect(mailed.text).toContain('> Bring a friend: we have moved to the big room.');
    expect(mailed.text).toContain(`http://confer.test/events/${event.id}`);
    await settled();
    expect(await kindsOf(left, event.id)).toEqual([]);
    expect(await kindsOf(bystander, event.id)).toEqual([]);
    expect(await kindsOf(organiser, event.id)).toEqual([]);
    // Kept on the event: a member arriving later reads it.
    const { event: read } = await gqlAs<{ event: { announcements: Array<{ message: string }> } }>(
      platform,
      bystander,
      'query($id: ID!) { event(id: $id) { announcements { message } } }',
      { id: event.id },
    );
    expect(read.announcements).toEqual([{ message: 'Bring a friend: we have moved to the big room.' }]);
  });

  it('tells those going or waiting of a new time or place, and of a cancellation with its reason', async () => {
    const event = await fullEvent();
    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }',
      {
        id: event.id,
        i: { description: 'Only the words changed' },
      },
    );
    await settled();
    expect(await kindsOf(going, event.id)).toEqual([]);

    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }',
      {
        id: event.id,
        i: {
          startsAt: '2030-01-15T18:00:00.000Z',
          endsAt: '2030-01-15T20:00:00.000Z',
          venue: 'Leeds Civic Hall',
        },
      },
    );
    const changed = await eventually(async () =>
      (await centre(waiting)).find((n) => n.kind === 'EVENT_CHANGED'),
    );
    expect(changed).toMatchObject({
      summary: '“Pairs in practice” has changed',
      excerpt:
        'New time: Tuesday 15 January 2030, 18:00 to 20:00 (Europe/London). New place: Leeds Civic Hall, and online.',
    });
    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!) { cancelEvent(id: $id, reason: "Our speaker is unwell") { id } }',
      {
        id: event.id,
      },
    );
    const cancelled = await eventually(async () =>
      (await centre(going)).find((n) => n.kind === 'EVENT_CANCELLED'),
    );
    expect(cancelled).toMatchObject({
      summary: '“Pairs in practice” has been cancelled',
      excerpt: 'Our speaker is unwell',
    });
    await settled();
    expect(await kindsOf(waiting, event.id)).toEqual(['EVENT_CANCELLED', 'EVENT_CHANGED']);
    expect(await kindsOf(left, event.id)).toEqual([]);
  });

  it('tells the first in line when a place frees, or when more places open', async () => {
    const event = await fullEvent();
    const third = await signedInPerson(platform, 'Thea Third');
    await rsvpAs(platform, third, event.id, 'GOING');
    await rsvpAs(platform, going, event.id, 'NOT_GOING');
    expect(
      await eventually(async () => (await centre(waiting)).find((n) => n.kind === 'WAITLIST_PROMOTED')),
    ).toMatchObject({
      summary: 'A place opened up: you are now going to “Pairs in practice”',
      link: `/events/${event.id}`,
    });
    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!) { updateEvent(id: $id, input: { capacity: 5 }) { goingCount } }',
      {
        id: event.id,
      },
    );
    await eventually(async () => (await centre(third)).find((n) => n.kind === 'WAITLIST_PROMOTED'));
    await settled();
    expect(await kindsOf(going, event.id)).toEqual([]);
  });

  it('plans reminders a day and an hour before, and reminds only members still going to an event still on', async () => {
    const event = await fullEvent({ startsAt: daysFromNow(3), endsAt: daysFromNow(3, 2) });
    const planned = await platform.db.query<{ start_after: Date; data: { leadMs: number } }>(
      `SELECT start_after, data FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 ORDER BY start_after`,
      [EVENT_REMINDER_JOB, event.id],
    );
    const startsAt = Date.parse(event.startsAt);
    expect(planned.map((job) => startsAt - new Date(job.start_after).getTime())).toEqual([
      86_400_000, 3_600_000,
    ]);

    // The day-before reminder, run now (as its time had come).
    const jobs = platform.api.get(JobQueue);
    await jobs.enqueue(EVENT_REMINDER_JOB, planned[0].data);
    const reminded = await eventually(async () =>
      (await centre(going)).find((n) => n.kind === 'EVENT_REMINDER'),
    );
    expect(reminded).toMatchObject({
      summary: 'Reminder: “Pairs in practice” is coming up',
      excerpt: 'It starts in a day.',
    });
    await jobs.enqueue(EVENT_REMINDER_JOB, planned[0].data); // run again: nobody told twice
    await settled();
    expect(await kindsOf(going, event.id)).toEqual(['EVENT_REMINDER']);
    expect(await kindsOf(waiting, event.id)).toEqual([]);
    expect(await kindsOf(left, event.id)).toEqual([]);

    // Moved: the old reminders do nothing. Cancelled: nothing at all.
    const moved = await fullEvent({ startsAt: daysFromNow(3), endsAt: daysFromNow(3, 2) });
    const [old] = await platform.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 ORDER BY start_after LIMIT 1`,
      [EVENT_REMINDER_JOB, moved.id],
    );
    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!, $s: DateTime!, $e: DateTime!) { updateEvent(id: $id, input: { startsAt: $s, endsAt: $e }) { id } }',
      {
        id: moved.id,
        s: daysFromNow(4),
        e: daysFromNow(4, 2),
      },
    );
    await jobs.enqueue(EVENT_REMINDER_JOB, old.data);
    const cancelled = await fullEvent({ startsAt: daysFromNow(3), endsAt: daysFromNow(3, 2) });
    const [plan] = await platform.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 LIMIT 1`,
      [EVENT_REMINDER_JOB, cancelled.id],
    );
    await gqlAs(platform, organiser, 'mutation($id: ID!) { cancelEvent(id: $id, reason: "Rain") { id } }', {
      id: cancelled.id,
    });
    await jobs.enqueue(EVENT_REMINDER_JOB, plan.data);
    await settled();
    expect((await kindsOf(going, moved.id)).filter((k) => k === 'EVENT_REMINDER')).toEqual([]);
    expect((await kindsOf(going, cancelled.id)).filter((k) => k === 'EVENT_REMINDER')).toEqual([]);
  });
});
