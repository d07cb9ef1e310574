// Event times: shown in the member's language, in the event's own time zone (stated), and typed in that zone.

/** The member's locale (the browser's language). */
const locale = () => (typeof navigator !== 'undefined' ? navigator.language : undefined) || 'en-GB';

function safeFormat(date: Date, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(locale(), options).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(date);
  }
}

/** "Thursday 3 December 2026, 18:00 to 20:00 (GMT, Europe/London)"; the end's date too when it is another day. */
export function eventWhen(startsAt: string, endsAt: string, timezone: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day: Intl.DateTimeFormatOptions = {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  };
  const time: Intl.DateTimeFormatOptions = { timeZone: timezone, hour: '2-digit', minute: '2-digit' };
  const zoneName =
    safeFormat(start, { timeZone: timezone, timeZoneName: 'short' }).split(' ').pop() ?? timezone;
  const sameDay = safeFormat(start, day) === safeFormat(end, day);
  const until = sameDay ? safeFormat(end, time) : `${safeFormat(end, day)}, ${safeFormat(end, time)}`;
  return `${safeFormat(start, day)}, ${safeFormat(start, time)} to ${until} (${zoneName === timezone ? timezone : `${zoneName}, ${timezone}`})`;
}

/** The member's own zone, when it is not the event's: "18:00 your time" helps those far away. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A short date and time in the member's own zone: "3 Dec 2026, 18:00". */
export function shortDateTime(iso: string, timezone?: string): string {
  return safeFormat(new Date(iso), {
    timeZone: timezone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The offset of `timezone` from UTC at `utcMs`, in ms (London in summer: +3,600,000). */
function offsetAt(utcMs: number, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - utcMs;
}

/**
 * A `datetime-local` value ("2026-12-03T18:00") read as a time in `timezone`, as an ISO instant; null when empty or
 * unreadable (the server then asks for it). An unknown zone reads it as UTC (the server then says what is wrong with the zone).
 */
export function zonedLocalToIso(local: string, timezone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local.trim());
  if (!match) return null;
  const [, year, month, dayOfMonth, hour, minute] = match.map(Number);
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  try {
    const first = wall - offsetAt(wall, timezone);
    const second = wall - offsetAt(first, timezone);
    return new Date(second).toISOString();
  } catch {
    return new Date(wall).toISOString();
  }
}

/** An ISO instant as a `datetime-local` value in `timezone` ("2026-12-03T18:00"), for editing. */
export function isoToZonedLocal(iso: string | null, timezone: string): string {
  if (!iso) return '';
  const utcMs = new Date(iso).getTime();
  let offset: number;
  try {
    offset = offsetAt(utcMs, timezone);
  } catch {
    offset = 0;
  }
  return new Date(utcMs + offset).toISOString().slice(0, 16);
}
