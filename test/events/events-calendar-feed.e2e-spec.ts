import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { calendarRoutes, expectZonedTimes, parseCalendar } from '../support/calendar-files.js';
import { createEventAs, rsvpAs } from '../support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** A member's personal calendar feed (GET /calendar/:token.ics), parsed with ical.js as a calendar program would. */
describe('events: calendar files (parsed with ical.js)', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let attendee: Person;
  let other: Person;

  const { get, feedPath } = calendarRoutes(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    attendee = await signedInPerson(platform, 'Ada Attendee');
    other = await signedInPerson(platform, 'Oto Other');
  });

  afterAll(() => platform.close());

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
