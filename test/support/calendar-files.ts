import { expect } from '@jest/globals';
import ICAL from 'ical.js';
import { gqlAs, type Person } from './people.js';
import type { TestPlatform } from './test-platform.js';

/** A calendar file as a calendar program sees it: parsed by ical.js, with its own VTIMEZONEs registered. */
export interface ParsedCalendar {
  text: string;
  root: InstanceType<typeof ICAL.Component>;
  zones: string[];
  events: Array<InstanceType<typeof ICAL.Event>>;
}

export interface Fetched {
  status: number;
  contentType: string | null;
  text: string;
}

/** The raw VEVENT block (unfolded) whose UID is `uid`, for looking at the text itself. */
export function veventText(text: string, uid: string): string {
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
export function expectWellFolded(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  const tooLong = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
  expect(tooLong).toEqual([]);
  expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
  // No fold splits a UTF-8 character (the split bytes would have decoded as U+FFFD).
  const broken = lines.filter((line) => line.includes('\uFFFD'));
  expect(broken).toEqual([]);
}

export function parseCalendar(text: string): ParsedCalendar {
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
export function expectZonedTimes(
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

/** The calendar's one VEVENT (asserting there is just one). */
export const onlyEvent = (calendar: ParsedCalendar) => {
  expect(calendar.events).toHaveLength(1);
  return calendar.events[0];
};

/**
 * Plain GETs, one event's file (asserting it is served as a calendar) and a member's feed path (asserting its
 * shape), on the platform `current` answers (once the test file has started it).
 */
export function calendarRoutes(current: () => TestPlatform) {
  const get = async (path: string): Promise<Fetched> => {
    const response = await fetch(`${current().apiUrl}${path}`);
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
      current(),
      who,
      '{ me { calendarFeedUrl } }',
    );
    expect(me.calendarFeedUrl.startsWith('http://confer.test/calendar/')).toBe(true);
    expect(me.calendarFeedUrl.endsWith('.ics')).toBe(true);
    return new URL(me.calendarFeedUrl).pathname;
  };

  return { get, eventFile, feedPath };
}
