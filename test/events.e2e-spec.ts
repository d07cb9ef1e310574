import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEventAs, daysFromNow, EVENT_FIELDS, rsvpAs, type EventSeen } from './support/events.js';
import { gqlAs, signedInPerson, type Person } from './support/people.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('events: organising, RSVPs and the waitlist', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let members: Person[];

  const seen = async (who: Person, id: string) =>
    (
      await gqlAs<{ event: EventSeen }>(
        platform,
        who,
        `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`,
        { id },
      )
    ).event;

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    members = [];
    for (let i = 0; i < 4; i++) members.push(await signedInPerson(platform, `Member ${i}`));
  });

  afterAll(() => platform.close());

  it('fills the places, then waitlists in order, and promotes the first in line when a place frees', async () => {
    const event = await createEventAs(platform, organiser, { capacity: 2 });
    expect(event).toMatchObject({ capacity: 2, goingCount: 0, status: 'SCHEDULED', viewerRsvp: null });
    expect(await rsvpAs(platform, members[0], event.id, 'GOING')).toEqual({
      status: 'GOING',
      waitlistPosition: null,
    });
    expect(await rsvpAs(platform, members[1], event.id, 'GOING')).toEqual({
      status: 'GOING',
      waitlistPosition: null,
    });
    expect(await rsvpAs(platform, members[2], event.id, 'GOING')).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect(await rsvpAs(platform, members[3], event.id, 'GOING')).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    // Again: nothing changes.
    expect(await rsvpAs(platform, members[3], event.id, 'GOING')).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    expect(await seen(organiser, event.id)).toMatchObject({ goingCount: 2, waitlistCount: 2 });

    expect(await rsvpAs(platform, members[0], event.id, 'NOT_GOING')).toEqual({
      status: 'NOT_GOING',
      waitlistPosition: null,
    });
    expect((await seen(members[2], event.id)).viewerRsvp).toEqual({
      status: 'GOING',
      waitlistPosition: null,
    });
    expect((await seen(members[3], event.id)).viewerRsvp).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect(await seen(organiser, event.id)).toMatchObject({ goingCount: 2, waitlistCount: 1 });
  });
});
