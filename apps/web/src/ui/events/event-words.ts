// Plain words for an event's places and the viewer's answer.
import type { EventSummary, Rsvp } from '../../graphql/events-operations';

/** "12 places left", "Full — waitlist (3 waiting)", "No limit on places". */
export function placesWords(event: Pick<EventSummary, 'capacity' | 'goingCount' | 'waitlistCount'>): string {
  if (event.capacity === null) return `No limit on places; ${event.goingCount} going`;
  const left = event.capacity - event.goingCount;
  if (left > 0) return `${left} ${left === 1 ? 'place' : 'places'} left of ${event.capacity}`;
  return event.waitlistCount > 0 ? `Full — waitlist (${event.waitlistCount} waiting)` : 'Full — waitlist';
}

/** "You are going", "You are number 3 on the waitlist; ...", or null when the viewer has not answered. */
export function rsvpWords(rsvp: Rsvp | null): string | null {
  if (!rsvp) return null;
  switch (rsvp.status) {
    case 'GOING':
      return 'You are going.';
    case 'NOT_GOING':
      return 'You said you are not going.';
    case 'WAITLISTED':
      return rsvp.waitlistPosition
        ? `You are number ${rsvp.waitlistPosition} on the waitlist; we will tell you if a place frees up.`
        : 'You are on the waitlist; we will tell you if a place frees up.';
  }
}
