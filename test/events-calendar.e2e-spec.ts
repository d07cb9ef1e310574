import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { createEventAs, rsvpAs, type EventSeen } from './support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from './support/people.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** A calendar file as a calendar program sees it: parsed by ical.js, with its own VTIMEZONEs registered. */
interface ParsedCalendar {
  text: string;
  root: InstanceType<typeof ICAL.Component>;
  zones: string[];
  events: Array<InstanceType<typeof ICAL.Event>>;
}

interface Fetched {
  status: number;
  contentType: string | null;
  text: string;
}

/** The raw VEVENT block (unfolded) whose UID is `uid`, for looking at the text itself. */
function veventText(text: string, uid: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const block = unfolded
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((part) => part.split('END:VEVENT')[0])
    .find((part) => part.includes(`\r\nUID:${uid}\r\n`));
  if (!block) throw new Error(`no VEVENT with UID ${uid} in:\n${text}`);
  return block;
}

/** Every physical line at most 75 octets, CRLF line ends, no bare CR or LF (RFC 5545 3.1). */
function expectWellFolded(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  const tooLong = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
  expect(tooLong).toEqual([]);
  expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
  // No fold splits a UTF-8 character (the split bytes would have decoded as U+FFFD).
  const broken = lines.filter((line) => line.includes('\uFFFD'));
  expect(broken).toEqual([]);
}

function parseCalendar(text: string): ParsedCalendar {
  expectWellFolded(text);
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(root.name).toBe('vcalendar');
  // Only the file's own zones: nothing left from an earlier file may stand in for a missing VTIMEZONE.
  ICAL.TimezoneService.reset();
  const zones: string[] = [];
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
    zones.push(String(vtimezone.getFirstPropertyValue('tzid')));
  }
  const events = root.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { text, root, zones, events };
}

/** Asserts the event's start and end are in `zone` (a real VTIMEZONE of the file, not floating) at these instants. */
function expectZonedTimes(
  calendar: ParsedCalendar,
  vevent: InstanceType<typeof ICAL.Event>,
  zone: string,
  startsAt: string,
  endsAt: string,
): void {
  expect(calendar.zones).toContain(zone);
  const raw = veventText(calendar.text, vevent.uid);
  expect(raw).toMatch(new RegExp(`\\r\\nDTSTART;TZID=${zone}:\\d{8}T\\d{6}\\r\\n`));
  expect(raw).toMatch(new RegExp(`\\r\\nDTEND;TZID=${zone}:\\d{8}T\\d{6}\\r\\n`));
  for (const time of [vevent.startDate, vevent.endDate]) {
    expect(time.zone).not.toBe(ICAL.Timezone.localTimezone);
    expect(time.zone.tzid).toBe(zone);
  }
  expect(vevent.startDate.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
  expect(vevent.endDate.toJSDate().toISOString()).toBe(new Date(endsAt).toISOString());
}

describe('events: calendar files (parsed with ical.js)', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let attendee: Person;
  let other: Person;

  const get = async (path: string): Promise<Fetched> => {
    const response = await fetch(`${platform.apiUrl}${path}`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  const eventFile = async (id: string): Promise<ParsedCalendar> => {
    const response = await get(`/events/${id}.ics`);
    expect({ status: response.status, contentType: response.contentType }).toEqual({
      status: 200,
      contentType: expect.stringMatching(/^text\/calendar\b/),
    });
    return parseCalendar(response.text);
  };

  const feedPath = async (who: Person): Promise<string> => {
    const { me } = await gqlAs<{ me: { calendarFeedUrl: string } }>(
      platform,
      who,
      '{ me { calendarFeedUrl } }',
    );
    expect(me.calendarFeedUrl.startsWith('http://confer.test/calendar/')).toBe(true);
    expect(me.calendarFeedUrl.endsWith('.ics')).toBe(true);
    return new URL(me.calendarFeedUrl).pathname;
  };

  const onlyEvent = (calendar: ParsedCalendar) => {
    expect(calendar.events).toHaveLength(1);
    return calendar.events[0];
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    attendee = await signedInPerson(platform, 'Ada Attendee');
    other = await signedInPerson(platform, 'Oto Other');
  });

  afterAll(() => platform.close());

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
      const event = await createEventAs(platform, organiser, {
        title: 'Summer school',
        startsAt: '2027-07-15T17:00:00.000Z',
        endsAt: '2027-07-15T19:30:00.000Z',
        timezone: 'Europe/London',
        onlineUrl: 'https://meet.example.org/summer-secret-link',
      });
      const calendar = await eventFile(event.id);
      const vevent = onlyEvent(calendar);
      expectZonedTimes(calendar, vevent, 'Europe/London', event.startsAt, event.endsAt);
      const raw = veventText(calendar.text, vevent.uid);
      expect(raw).toContain('DTSTART;TZID=Europe/London:20270715T180000');
      expect(raw).toContain('DTEND;TZID=Europe/London:20270715T203000');
      expect(vevent.startDate.utcOffset()).toBe(3600);
      expect(calendar.text).not.toContain('summer-secret-link');
    });

    it('an event across the change to BST: GMT start, BST end, both exact', async () => {
      // The clocks go forward on Sunday 28 March 2027.
      const event = await createEventAs(platform, organiser, {
        title: 'Residential',
        startsAt: '2027-03-26T09:00:00.000Z',
        endsAt: '2027-03-29T15:00:00.000Z',
        timezone: 'Europe/London',
      });
      const calendar = await eventFile(event.id);
      const vevent = onlyEvent(calendar);
      expectZonedTimes(calendar, vevent, 'Europe/London', event.startsAt, event.endsAt);
      const raw = veventText(calendar.text, vevent.uid);
      expect(raw).toContain('DTSTART;TZID=Europe/London:20270326T090000');
      expect(raw).toContain('DTEND;TZID=Europe/London:20270329T160000');
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

  describe('the personal feed: GET /calendar/:token.ics', () => {
    it('has the events going to (with the link) and waitlisted for (without), not NOT_GOING nor unanswered', async () => {
      const going = await createEventAs(platform, organiser, {
        title: 'Going hybrid',
        startsAt: '2027-01-11T18:00:00.000Z',
        endsAt: '2027-01-11T20:00:00.000Z',
        onlineUrl: 'https://meet.example.org/going-hybrid-link',
      });
      const goingOnline = await createEventAs(platform, organiser, {
        title: 'Going online',
        format: 'ONLINE',
        venue: null,
        startsAt: '2027-07-12T17:00:00.000Z',
        endsAt: '2027-07-12T18:00:00.000Z',
        onlineUrl: 'https://meet.example.org/going-online-link',
      });
      const full = await createEventAs(platform, organiser, {
        title: 'Waiting list',
        capacity: 1,
        onlineUrl: 'https://meet.example.org/waitlist-secret-link',
      });
      const declined = await createEventAs(platform, organiser, {
        title: 'Said no',
        onlineUrl: 'https://meet.example.org/declined-link',
      });
      const unanswered = await createEventAs(platform, organiser, {
        title: 'Never answered',
        onlineUrl: 'https://meet.example.org/unanswered-link',
      });
      const { groupId } = await privateThread(platform, organiser, [attendee], 'Inner circle');
      const privateEvent = await createEventAs(platform, organiser, {
        title: 'Inner circle retreat',
        groupId,
        timezone: 'Asia/Kolkata',
        startsAt: '2027-03-05T04:30:00.000Z',
        endsAt: '2027-03-05T11:30:00.000Z',
        onlineUrl: 'https://meet.example.org/inner-circle-link',
      });

      expect((await rsvpAs(platform, attendee, going.id, 'GOING')).status).toBe('GOING');
      expect((await rsvpAs(platform, attendee, goingOnline.id, 'GOING')).status).toBe('GOING');
      expect((await rsvpAs(platform, other, full.id, 'GOING')).status).toBe('GOING');
      expect((await rsvpAs(platform, attendee, full.id, 'GOING')).status).toBe('WAITLISTED');
      expect((await rsvpAs(platform, attendee, declined.id, 'GOING')).status).toBe('GOING');
      expect((await rsvpAs(platform, attendee, declined.id, 'NOT_GOING')).status).toBe('NOT_GOING');
      expect((await rsvpAs(platform, attendee, privateEvent.id, 'GOING')).status).toBe('GOING');

      const response = await get(await feedPath(attendee));
      expect(response.status).toBe(200);
      expect(response.contentType).toMatch(/^text\/calendar\b/);
      const feed = parseCalendar(response.text);
      const byUid = new Map(feed.events.map((vevent) => [vevent.uid, vevent]));
      expect([...byUid.keys()].sort()).toEqual(
        [going, goingOnline, full, privateEvent].map((event) => `${event.id}@confer`).sort(),
      );
      expect(byUid.has(`${declined.id}@confer`)).toBe(false);
      expect(byUid.has(`${unanswered.id}@confer`)).toBe(false);
      expect(feed.text).not.toContain('Said no');
      expect(feed.text).not.toContain('declined-link');
      expect(feed.text).not.toContain('Never answered');
      expect(feed.text).not.toContain('unanswered-link');

      const goingEntry = byUid.get(`${going.id}@confer`)!;
      expect(goingEntry.description).toContain('https://meet.example.org/going-hybrid-link');
      expect(goingEntry.location).toBe('The Hive, Leeds');
      expectZonedTimes(feed, goingEntry, 'Europe/London', going.startsAt, going.endsAt);

      const onlineEntry = byUid.get(`${goingOnline.id}@confer`)!;
      expect(`${onlineEntry.location} ${onlineEntry.description}`).toContain(
        'https://meet.example.org/going-online-link',
      );
      expectZonedTimes(feed, onlineEntry, 'Europe/London', goingOnline.startsAt, goingOnline.endsAt);
      expect(onlineEntry.startDate.utcOffset()).toBe(3600);

      const waitingEntry = byUid.get(`${full.id}@confer`)!;
      expect(waitingEntry.summary).toBe('Waiting list');
      expect(`${waitingEntry.location} ${waitingEntry.description}`).not.toContain('meet.example.org');
      expect(feed.text).not.toContain('waitlist-secret-link');

      const privateEntry = byUid.get(`${privateEvent.id}@confer`)!;
      expect(privateEntry.summary).toBe('Inner circle retreat');
      expect(privateEntry.description).toContain('https://meet.example.org/inner-circle-link');
      expectZonedTimes(feed, privateEntry, 'Asia/Kolkata', privateEvent.startsAt, privateEvent.endsAt);
      expect(feed.zones.sort()).toEqual(['Asia/Kolkata', 'Europe/London']);

      // Someone else's feed is their own: only the event they are going to.
      const otherFeed = parseCalendar((await get(await feedPath(other))).text);
      expect(otherFeed.events.map((vevent) => vevent.uid)).toEqual([`${full.id}@confer`]);
      expect(otherFeed.events[0].description).toContain('https://meet.example.org/waitlist-secret-link');
    });

    it('the same address on every ask; rotating it ends the old one and the new one works; forged tokens 404', async () => {
      const member = await signedInPerson(platform, 'Rae Rotator');
      const event = await createEventAs(platform, organiser, { title: 'Rotation test' });
      await rsvpAs(platform, member, event.id, 'GOING');

      const oldPath = await feedPath(member);
      expect(await feedPath(member)).toBe(oldPath);
      const before = await get(oldPath);
      expect(before.status).toBe(200);
      expect(parseCalendar(before.text).events.map((vevent) => vevent.uid)).toEqual([`${event.id}@confer`]);

      const { rotateCalendarFeedToken } = await gqlAs<{ rotateCalendarFeedToken: string }>(
        platform,
        member,
        'mutation { rotateCalendarFeedToken }',
      );
      expect(rotateCalendarFeedToken.startsWith('http://confer.test/calendar/')).toBe(true);
      const newPath = new URL(rotateCalendarFeedToken).pathname;
      expect(newPath).not.toBe(oldPath);
      expect(await feedPath(member)).toBe(newPath);

      const old = await get(oldPath);
      expect(old.status).toBe(404);
      expect(old.text).not.toContain('BEGIN:VCALENDAR');
      const fresh = await get(newPath);
      expect(fresh.status).toBe(200);
      expect(parseCalendar(fresh.text).events.map((vevent) => vevent.uid)).toEqual([`${event.id}@confer`]);

      // Forged: another member's id with this signature; this id with a made-up signature; nonsense.
      const token = newPath.slice('/calendar/'.length, -'.ics'.length);
      const [body, signature] = token.split('.');
      const otherBody = Buffer.from(other.id.replace(/-/g, ''), 'hex').toString('base64url');
      await feedPath(other); // their feed exists, so only the signature can refuse it
      const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      for (const forged of [
        `${otherBody}.${signature}`,
        `${body}.${flipped}`,
        `${body}.${signature.slice(0, -1)}`,
        `${body}.`,
        body,
        'nonsense',
        `${Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url')}.${signature}`,
      ]) {
        expect({ forged, status: (await get(`/calendar/${forged}.ics`)).status }).toEqual({
          forged,
          status: 404,
        });
      }
      expect((await get(`/calendar/${token}`)).status).toBe(404);
    });
  });
});
