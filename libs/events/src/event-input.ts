import { InputCheck } from '#libs/errors';
import { EventFormat } from './event-enums.js';

export const EVENT_LIMITS = {
  title: 200,
  description: 10_000,
  venue: 500,
  topics: 10,
  capacity: 100_000,
  announcement: 5_000,
  cancelReason: 1_000,
  /** An event lasts at most this long (a two-week residential is the longest anyone asked for). */
  days: 14,
};

/** What `createEvent` and `updateEvent` take (on update, a field left out keeps its value). */
export interface EventInput {
  title?: string | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  timezone?: string | null;
  format?: EventFormat | null;
  venue?: string | null;
  onlineUrl?: string | null;
  regionCode?: string | null;
  topicSlugs?: string[] | null;
  capacity?: number | null;
  rsvpDeadline?: Date | null;
  attendeesVisible?: boolean | null;
  groupId?: string | null;
}

/** The fields an event ends up with, after the input is laid over what it had. */
export interface EventFields {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  format: EventFormat;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  rsvpDeadline: Date | null;
  attendeesVisible: boolean;
}

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));

export function isTimeZone(zone: string): boolean {
  if (ZONES.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** Dates Confer takes: this century (a year like -4800 or 9999 is a typing slip, and out of the database's range). */
export const EARLIEST = Date.UTC(2000, 0, 1);
export const LATEST = Date.UTC(2100, 0, 1);

const valid = (date: Date | null | undefined): date is Date =>
  date instanceof Date &&
  !Number.isNaN(date.getTime()) &&
  date.getTime() >= EARLIEST &&
  date.getTime() < LATEST;

/**
 * Lays `input` over `current` (nothing, for a new event) and checks the result as a whole: every problem at once,
 * by field. Answers the fields to store.
 */
export function checkEvent(input: EventInput, current: EventFields | null): EventFields {
  const pick = <K extends keyof EventFields>(
    key: K,
    given: EventFields[K] | undefined,
  ): EventFields[K] | undefined => (given !== undefined ? given : current?.[key]);
  const trimOrNull = (text: string | null | undefined) => (text == null ? text : text.trim() || null);
  const title = pick('title', input.title === null ? '' : input.title?.trim());
  const description = pick('description', input.description === null ? '' : input.description?.trim());
  const startsAt = pick('startsAt', input.startsAt ?? undefined);
  const endsAt = pick('endsAt', input.endsAt ?? undefined);
  const timezone = pick('timezone', input.timezone?.trim() ?? undefined);
  const format = pick('format', input.format ?? undefined);
  const venue = pick('venue', trimOrNull(input.venue));
  const onlineUrl = pick('onlineUrl', trimOrNull(input.onlineUrl));
  const capacity = pick('capacity', input.capacity);
  const rsvpDeadline = pick('rsvpDeadline', input.rsvpDeadline);
  const attendeesVisible = pick('attendeesVisible', input.attendeesVisible ?? undefined) ?? false;

  const check = new InputCheck()
    .line(title, 'title', { min: 1, max: EVENT_LIMITS.title })
    .text(description, 'description', { max: EVENT_LIMITS.description })
    .require(valid(startsAt), 'startsAt', 'Give the start as a date and time in this century.')
    .require(valid(endsAt), 'endsAt', 'Give the end as a date and time in this century.')
    .require(!!timezone, 'timezone', 'Give the time zone, such as Europe/London.')
    .require(
      !timezone || isTimeZone(timezone),
      'timezone',
      'Not a time zone: use a name such as Europe/London.',
    )
    .require(
      !!format && Object.values(EventFormat).includes(format),
      'format',
      'Choose IN_PERSON, ONLINE or HYBRID.',
    )
    .line(venue, 'venue', { max: EVENT_LIMITS.venue })
    .httpsUrl(onlineUrl, 'onlineUrl', 'Use an https:// address for the online link.')
    .require(
      capacity == null || (Number.isInteger(capacity) && capacity >= 1 && capacity <= EVENT_LIMITS.capacity),
      'capacity',
      `Give a number of places from 1 to ${EVENT_LIMITS.capacity}, or none for no limit.`,
    )
    .require(
      !input.topicSlugs || input.topicSlugs.length <= EVENT_LIMITS.topics,
      'topicSlugs',
      `Choose at most ${EVENT_LIMITS.topics} topics.`,
    )
    .require(
      rsvpDeadline == null || valid(rsvpDeadline),
      'rsvpDeadline',
      'Give the deadline as a date and time in this century.',
    );
  if (valid(startsAt) && valid(endsAt)) {
    check
      .require(endsAt > startsAt, 'endsAt', 'The end must be after the start.')
      .require(
        endsAt.getTime() - startsAt.getTime() <= EVENT_LIMITS.days * 86_400_000,
        'endsAt',
        `An event can last at most ${EVENT_LIMITS.days} days.`,
      );
  }
  if (valid(startsAt) && valid(rsvpDeadline))
    check.require(rsvpDeadline <= startsAt, 'rsvpDeadline', 'The deadline must be before the start.');
  if (format === EventFormat.IN_PERSON || format === EventFormat.HYBRID)
    check.require(!!venue, 'venue', 'Say where it takes place.');
  if (format === EventFormat.ONLINE || format === EventFormat.HYBRID)
    check.require(!!onlineUrl, 'onlineUrl', 'Give the link to join online.');
  check.throwIfInvalid();
  return {
    title: title!,
    description: description ?? '',
    startsAt: startsAt!,
    endsAt: endsAt!,
    timezone: timezone!,
    format: format!,
    venue: format === EventFormat.ONLINE ? null : (venue ?? null),
    onlineUrl: format === EventFormat.IN_PERSON ? null : (onlineUrl ?? null),
    capacity: capacity ?? null,
    rsvpDeadline: rsvpDeadline ?? null,
    attendeesVisible,
  };
}
