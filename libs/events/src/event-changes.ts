import type { EventFields } from './event-input.js';
import { EventFormat } from './event-enums.js';

/** When an event is, in its own time zone: "Tuesday 1 December 2026, 18:00 to 20:00 (Europe/London)". */
export function whenOf(event: Pick<EventFields, 'startsAt' | 'endsAt' | 'timezone'>): string {
  // Put together from parts: ICU versions differ on the comma after the weekday.
  const day = (date: Date) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: event.timezone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
  };
  const time = (date: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: event.timezone, timeStyle: 'short' }).format(date);
  const sameDay = day(event.startsAt) === day(event.endsAt);
  const end = sameDay ? time(event.endsAt) : `${day(event.endsAt)}, ${time(event.endsAt)}`;
  return `${day(event.startsAt)}, ${time(event.startsAt)} to ${end} (${event.timezone})`;
}

/**
 * What changed that attendees need to know, in plain words ("New time: ... New place: ..."), or null when nothing
 * did. The online link itself is not repeated (members waiting may not see it).
 */
export function describeChanges(before: EventFields, after: EventFields): string | null {
  const lines: string[] = [];
  const timeChanged =
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.timezone !== after.timezone;
  if (timeChanged) lines.push(`New time: ${whenOf(after)}.`);
  if (before.format !== after.format || (before.venue ?? '') !== (after.venue ?? '')) {
    const where =
      after.format === EventFormat.ONLINE
        ? 'online only'
        : after.format === EventFormat.HYBRID
          ? `${after.venue ?? ''}, and online`
          : (after.venue ?? '');
    lines.push(`New place: ${where}.`);
  }
  if ((before.onlineUrl ?? '') !== (after.onlineUrl ?? '') && after.onlineUrl)
    lines.push('The link to join online has changed: open the event to see it.');
  return lines.length ? lines.join(' ') : null;
}
