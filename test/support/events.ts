import { gqlAs, type Person } from './people.js';
import type { TestPlatform } from './test-platform.js';

export const EVENT_FIELDS = `id title startsAt endsAt timezone format venue onlineUrl capacity goingCount waitlistCount
  status cancelReason viewerRsvp { status waitlistPosition }`;

export interface EventSeen {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  format: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  status: string;
  cancelReason: string | null;
  viewerRsvp: { status: string; waitlistPosition: number | null } | null;
}

/** A time `days` from now, on the hour (ISO). */
export function daysFromNow(days: number, hours = 0): string {
  const date = new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);
  date.setUTCMinutes(0, 0, 0);
  return date.toISOString();
}

/** Creates an event as `who` (a platform event unless `groupId` is given); answers it. */
export async function createEventAs(
  platform: Pick<TestPlatform, 'graphql'>,
  who: Person,
  input: Record<string, unknown> = {},
): Promise<EventSeen> {
  const { createEvent } = await gqlAs<{ createEvent: EventSeen }>(
    platform,
    who,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`,
    {
      input: {
        title: 'Co-production in practice',
        description: 'An evening of stories from collaborative pairs.',
        startsAt: daysFromNow(10),
        endsAt: daysFromNow(10, 2),
        timezone: 'Europe/London',
        format: 'HYBRID',
        venue: 'The Hive, Leeds',
        onlineUrl: 'https://meet.example.org/co-production',
        ...input,
      },
    },
  );
  return createEvent;
}

/** Answers an event as `who`; answers the RSVP. */
export async function rsvpAs(
  platform: Pick<TestPlatform, 'graphql'>,
  who: Person,
  eventId: string,
  status: 'GOING' | 'NOT_GOING',
): Promise<{ status: string; waitlistPosition: number | null }> {
  const { rsvp } = await gqlAs<{ rsvp: { status: string; waitlistPosition: number | null } }>(
    platform,
    who,
    'mutation($e: ID!, $s: RsvpStatus!) { rsvp(eventId: $e, status: $s) { status waitlistPosition } }',
    { e: eventId, s: status },
  );
  return rsvp;
}
