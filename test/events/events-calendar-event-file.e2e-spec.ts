import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { calendarRoutes, expectZonedTimes, onlyEvent, veventText } from '../support/calendar-files.js';
import { createEventAs, type EventSeen } from '../support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** One event's calendar file (GET /events/:id.ics), parsed with ical.js as a calendar program would. */
describe('events: calendar files (parsed with ical.js)', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let attendee: Person;

  const { get, eventFile } = calendarRoutes(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    attendee = await signedInPerson(platform, 'Ada Attendee');
  });

  afterAll(() => platform.close());

  /** The organiser's event in Europe/London; its file's one VEVENT, zoned and exact at this local wall clock. */
  const londonEventFile = async (input: Record<string, unknown>, start: string, end: string) => {
    const event = await createEventAs(platform, organiser, { ...input, timezone: 'Europe/London' });
    const calendar = await eventFile(event.id);
    const vevent = onlyEvent(calendar);
    expectZonedTimes(calendar, vevent, 'Europe/London', event.startsAt, event.endsAt);
    const raw = veventText(calendar.text, vevent.uid);
    expect(raw).toContain(`DTSTART;TZID=Europe/London:${start}`);
    expect(raw).toContain(`DTEND;TZID=Europe/London:${end}`);
    return { calendar, vevent };
  };

  describe('one event’s file: GET /events/:id.ics', () => {
    it('a platform event in winter (GMT): one VEVENT with its UID, summary, venue, CONFIRMED, SEQUENCE 0, exact times', async () => {
      const event = await createEventAs(platform, organiser, {
        title: 'Winter gathering',
        startsAt: '2027-01-14T18:30:00.000Z',
        endsAt: '2027-01-14T20:45:00.000Z',
        timezone: 'Europe/London',
        venue: 'The Hive, Leeds',
        onlineUrl: 'https://meet.example.org/winter-secret-link',
      });
      const calendar = await eventFile(event.id);
      const vevent = onlyEvent(calendar);
      expect({
        uid: vevent.uid,
        summary: vevent.summary,
        location: vevent.location,
        sequence: vevent.sequence,
        status: vevent.component.getFirstPropertyValue('status'),
      }).toEqual({
        uid: `${event.id}@confer`,
        summary: 'Winter gathering',
        location: 'The Hive, Leeds',
        sequence: 0,
        status: 'CONFIRMED',
      });
      expectZonedTimes(calendar, vevent, 'Europe/London', event.startsAt, event.endsAt);
      // GMT: the wall clock is UTC.
      expect(veventText(calendar.text, vevent.uid)).toContain('DTSTART;TZID=Europe/London:20270114T183000');
      expect(vevent.startDate.utcOffset()).toBe(0);
      // The file is public: never the link to join.
      expect(calendar.text).not.toContain('winter-secret-link');
      expect(calendar.text).not.toContain('meet.example.org');
    });

    it('a platform event in summer (BST): local wall clock an hour ahead, converting back to the exact instants', async () => {
      const { calendar, vevent } = await londonEventFile(
        {
          title: 'Summer school',
          startsAt: '2027-07-15T17:00:00.000Z',
          endsAt: '2027-07-15T19:30:00.000Z',
          onlineUrl: 'https://meet.example.org/summer-secret-link',
        },
        '20270715T180000',
        '20270715T203000',
      );
      expect(vevent.startDate.utcOffset()).toBe(3600);
      expect(calendar.text).not.toContain('summer-secret-link');
    });

    it('an event across the change to BST: GMT start, BST end, both exact', async () => {
      // The clocks go forward on Sunday 28 March 2027.
      await londonEventFile(
        { title: 'Residential', startsAt: '2027-03-26T09:00:00.000Z', endsAt: '2027-03-29T15:00:00.000Z' },
        '20270326T090000',
        '20270329T160000',
      );
    });

    it.each([
      [
        'America/New_York',
        '2027-06-10T22:00:00.000Z',
        '2027-06-11T00:00:00.000Z',
        '20270610T180000',
        -4 * 3600,
      ],
      [
        'America/New_York',
        '2027-02-10T23:00:00.000Z',
        '2027-02-11T01:00:00.000Z',
        '20270210T180000',
        -5 * 3600,
      ],
      ['Asia/Kolkata', '2027-03-05T12:30:00.000Z', '2027-03-05T14:00:00.000Z', '20270305T180000', 5.5 * 3600],
    ])(
      'an event in %s from %s: its own VTIMEZONE, exact instants',
      async (zone, startsAt, endsAt, local, offset) => {
        const event = await createEventAs(platform, organiser, {
          title: `Meet-up in ${zone}`,
          startsAt,
          endsAt,
          timezone: zone,
          format: 'IN_PERSON',
          onlineUrl: null,
        });
        const calendar = await eventFile(event.id);
        const vevent = onlyEvent(calendar);
        expect(calendar.zones).toEqual([zone]);
        expectZonedTimes(calendar, vevent, zone, event.startsAt, event.endsAt);
        expect(veventText(calendar.text, vevent.uid)).toContain(`DTSTART;TZID=${zone}:${local}`);
        expect(vevent.startDate.utcOffset()).toBe(offset);
      },
    );

    it('a public group’s event is served; a private group’s event and unknown ids are NOT_FOUND', async () => {
      const { createGroup: publicGroup } = await gqlAs<{ createGroup: { id: string } }>(
        platform,
        organiser,
        'mutation { createGroup(input: { name: "Open circle", visibility: PUBLIC }) { id } }',
      );
      const publicEvent = await createEventAs(platform, organiser, {
        title: 'Open circle evening',
        groupId: publicGroup.id,
        onlineUrl: 'https://meet.example.org/open-circle-link',
      });
      const calendar = await eventFile(publicEvent.id);
      expect(onlyEvent(calendar).uid).toBe(`${publicEvent.id}@confer`);
      expect(calendar.text).not.toContain('open-circle-link');

      const { groupId } = await privateThread(platform, organiser, [attendee], 'Closed circle');
      const privateEvent = await createEventAs(platform, organiser, {
        title: 'Closed circle evening',
        groupId,
      });
      const hidden = await get(`/events/${privateEvent.id}.ics`);
      expect(hidden.status).toBe(404);
      expect(hidden.text).not.toContain('Closed circle evening');
      expect(hidden.text).not.toContain('BEGIN:VCALENDAR');

      expect((await get(`/events/${randomUUID()}.ics`)).status).toBe(404);
      expect((await get('/events/not-an-id.ics')).status).toBe(404);
      expect((await get(`/events/${publicEvent.id}`)).status).toBe(404);
    });

    it('a long description with commas, semicolons, backslashes, newlines, é and emoji survives folding', async () => {
      const description = [
        'Bring: notebooks, pens; a packed lunch, and questions; lots of them.',
        'Café de Flore-style discussion — naïve questions welcome; ça va? 🎉🙂👩🏽‍⚕️ Ünïcödé ✓',
        'A path C:\\Users\\confer\\notes; then a long line: ' +
          'éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé' +
          '🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉',
        '',
        'Line after a blank line, with a trailing comma,',
        'and ;;;,,,\\\\ in a row.',
      ].join('\n');
      const title = 'Stories, struggles; and successes — l’été 🎉';
      const venue = 'Salle Émile, 3rd floor; Leeds, LS1 🎉';
      const event = await createEventAs(platform, organiser, {
        title,
        description,
        venue,
        startsAt: '2027-01-20T10:00:00.000Z',
        endsAt: '2027-01-20T12:00:00.000Z',
      });
      const calendar = await eventFile(event.id);
      const vevent = onlyEvent(calendar);
      expect(vevent.summary).toBe(title);
      expect(vevent.location).toBe(venue);
      // The description opens with the event's own text, as written; then when, then the link to it on Confer.
      expect(vevent.description.startsWith(`${description}\n\n`)).toBe(true);
      expect(vevent.description).toContain(`On Confer: http://confer.test/events/${event.id}`);
      // Folding happened (the description is far longer than a line).
      expect(calendar.text.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    });

    it('after updateEvent moves it: SEQUENCE 1, the new times, the same UID; after cancelEvent: CANCELLED', async () => {
      const event = await createEventAs(platform, organiser, {
        title: 'Moving feast',
        startsAt: '2027-02-01T18:00:00.000Z',
        endsAt: '2027-02-01T20:00:00.000Z',
      });
      const before = onlyEvent(await eventFile(event.id));
      expect(before.sequence).toBe(0);

      const { updateEvent } = await gqlAs<{ updateEvent: EventSeen }>(
        platform,
        organiser,
        'mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id startsAt endsAt } }',
        { id: event.id, input: { startsAt: '2027-06-01T17:00:00.000Z', endsAt: '2027-06-01T19:00:00.000Z' } },
      );
      const moved = await eventFile(event.id);
      const after = onlyEvent(moved);
      expect({ uid: after.uid, sequence: after.sequence }).toEqual({ uid: before.uid, sequence: 1 });
      expectZonedTimes(moved, after, 'Europe/London', updateEvent.startsAt, updateEvent.endsAt);
      expect(after.startDate.toJSDate().toISOString()).toBe('2027-06-01T17:00:00.000Z');
      expect(veventText(moved.text, after.uid)).toContain('DTSTART;TZID=Europe/London:20270601T180000');
      expect(after.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

      await gqlAs(
        platform,
        organiser,
        'mutation($id: ID!) { cancelEvent(id: $id, reason: "Venue flooded") { id } }',
        {
          id: event.id,
        },
      );
      const cancelled = onlyEvent(await eventFile(event.id));
      expect({
        uid: cancelled.uid,
        status: cancelled.component.getFirstPropertyValue('status'),
      }).toEqual({ uid: before.uid, status: 'CANCELLED' });
      expect(cancelled.sequence).toBeGreaterThan(1);
      expect(cancelled.description).toContain('Venue flooded');
    });
  });
});
