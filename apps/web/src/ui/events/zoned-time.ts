import { tzOffset } from '@date-fns/tz/tzOffset';

// Wall-clock times typed in an event's time zone, and back. The zone's offsets come from @date-fns/tz (the
// runtime's time-zone data); the rule for clock-change nights is ours, the one Temporal calls "compatible":
// - a time that never happens (the hour skipped in spring) moves forward by the skipped length: 01:30 on the
//   night London goes to summer time is 02:30 BST;
// - a time that happens twice (the hour repeated in autumn) is its first occurrence: 01:30 on the night London
//   goes back is 01:30 BST, not 01:30 GMT.
// It holds for every zone and shift: whole hours, Lord Howe's 30 minutes, Chatham's +12:45/+13:45.

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The zone's offset from UTC at an instant, in ms; an unknown zone counts as UTC (the server then says so). */
function offsetAt(timezone: string, utcMs: number): number {
  const minutes = tzOffset(timezone, new Date(utcMs));
  return Number.isNaN(minutes) ? 0 : Math.round(minutes * MINUTE);
}

/** The instant at which the wall-clock time `wall` (its fields read as UTC) happens in `timezone`. */
export function wallToInstant(wall: number, timezone: string): number {
  // The offsets a day either side cover any one change on the night. Each gives a candidate instant; a candidate
  // is real when the zone, at that instant, shows the wall-clock time.
  const before = wall - offsetAt(timezone, wall - DAY);
  const after = wall - offsetAt(timezone, wall + DAY);
  const real = [before, after].filter((instant) => instant + offsetAt(timezone, instant) === wall);
  if (real.length > 0) return Math.min(...real);
  // Skipped: read it with the offset from before the change, which lands the skipped length later on the clock.
  return before;
}

/**
 * A `datetime-local` value ("2026-12-03T18:00") read as a time in `timezone`, as an ISO instant; null when empty or
 * unreadable (the server then asks for it). An unknown zone reads it as UTC (the server then says what is wrong with the zone).
 */
export function zonedLocalToIso(local: string, timezone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local.trim());
  if (!match) return null;
  const [, year, month, dayOfMonth, hour, minute] = match.map(Number);
  return new Date(wallToInstant(Date.UTC(year, month - 1, dayOfMonth, hour, minute), timezone)).toISOString();
}

/** An ISO instant as a `datetime-local` value in `timezone` ("2026-12-03T18:00"), for editing. */
export function isoToZonedLocal(iso: string | null, timezone: string): string {
  if (!iso) return '';
  const utcMs = new Date(iso).getTime();
  return new Date(utcMs + offsetAt(timezone, utcMs)).toISOString().slice(0, 16);
}
