import { tzlib_get_ical_block } from 'timezones-ical-library';

/** One event as a calendar sees it. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  cancelled: boolean;
  updatedAt: Date;
}

/**
 * An RFC 5545 calendar: each event in its own time zone (DTSTART;TZID=... with the zone's VTIMEZONE), a stable UID,
 * SEQUENCE bumped on change, STATUS:CANCELLED when cancelled; text escaped and lines folded at 75 octets.
 */
export function calendarFile(name: string, entries: CalendarEntry[]): string {
  const zones = [...new Set(entries.map((entry) => entry.timezone))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Confer//Events//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...zones.flatMap((zone) => vtimezone(zone)),
    ...entries.flatMap((entry) => [
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `SEQUENCE:${entry.sequence}`,
      `DTSTAMP:${utcStamp(entry.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(entry.updatedAt)}`,
      ...zoned('DTSTART', entry.startsAt, entry.timezone),
      ...zoned('DTEND', entry.endsAt, entry.timezone),
      `SUMMARY:${escapeText(entry.summary)}`,
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      `URL:${entry.url}`,
      `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function vtimezone(zone: string): string[] {
  if (zone === 'UTC' || zone === 'Etc/UTC') return [];
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : '';
  return text ? text.split(/\r?\n/).filter(Boolean) : [];
}

function zoned(property: string, date: Date, zone: string): string[] {
  if (zone === 'UTC' || zone === 'Etc/UTC' || vtimezone(zone).length === 0)
    return [`${property}:${utcStamp(date)}`];
  return [`${property};TZID=${zone}:${localStamp(date, zone)}`];
}

/** The wall-clock time in `zone`, as YYYYMMDDTHHMMSS. */
function localStamp(date: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT (RFC 5545 3.3.11): every line break, a lone CR too, as "\\n"; no other control character but tab. */
function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
