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
