import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEventAs, daysFromNow, EVENT_FIELDS, rsvpAs, type EventSeen } from '../support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { jobsSettled } from '../support/until.js';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;

describe('events: organising, RSVPs and the waitlist', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let admin: Person;
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
  const codeOf = async (who: Person | null, query: string, variables: Record<string, unknown>) => {
    const result = await platform.graphql(query, variables, who?.token);
    return result.errors?.[0]?.extensions as { code: string; fields?: Record<string, string> } | undefined;
  };
  const base = {
    title: 'Listening events',
    startsAt: daysFromNow(5),
    endsAt: daysFromNow(5, 2),
    timezone: 'Europe/London',
    format: 'IN_PERSON',
    venue: 'Leeds',
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    admin = await signedInPerson(platform, 'Ada Admin', { role: 'ADMIN' });
    members = [];
    for (let i = 0; i < 5; i++) members.push(await signedInPerson(platform, `Member ${i}`));
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

    // More places let the waiting in; fewer than those going is refused and changes nothing.
    expect(await codeOf(organiser, UPDATE, { id: event.id, input: { capacity: 1 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { capacity: '2 members are already going: give at least 2 places.' },
    });
    const wider = (
      await gqlAs<{ updateEvent: EventSeen }>(platform, organiser, UPDATE, {
        id: event.id,
        input: { capacity: 5 },
      })
    ).updateEvent;
    expect(wider).toMatchObject({ capacity: 5, goingCount: 3, waitlistCount: 0 });
    expect((await seen(members[3], event.id)).viewerRsvp).toEqual({
      status: 'GOING',
      waitlistPosition: null,
    });
  });

  it('shows the online link only to members going and to those running the event', async () => {
    const event = await createEventAs(platform, organiser, { capacity: 1 });
    await rsvpAs(platform, members[0], event.id, 'GOING');
    await rsvpAs(platform, members[1], event.id, 'GOING');
    const link = 'https://meet.example.org/co-production';
    expect((await seen(organiser, event.id)).onlineUrl).toBe(link);
    expect((await seen(admin, event.id)).onlineUrl).toBe(link);
    expect((await seen(members[0], event.id)).onlineUrl).toBe(link);
    expect((await seen(members[1], event.id)).onlineUrl).toBeNull(); // waitlisted
    expect((await seen(members[2], event.id)).onlineUrl).toBeNull(); // not answered
  });

  it('lets organisers and admins create platform events, and group owners and moderators group events', async () => {
    expect(await codeOf(members[0], CREATE, { input: base })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(null, CREATE, { input: base })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await codeOf(admin, CREATE, { input: base })).toBeUndefined();

    const owner = members[4];
    const { groupId } = await privateThread(platform, owner, [members[3]], 'Maternity voices');
    expect(await codeOf(owner, CREATE, { input: { ...base, groupId } })).toBeUndefined();
    expect(await codeOf(members[3], CREATE, { input: { ...base, groupId } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A private group is listed, so an outsider is refused; a hidden one does not exist for them.
    expect(await codeOf(organiser, CREATE, { input: { ...base, groupId } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
      platform,
      owner,
      'mutation { createGroup(input: { name: "Quiet planning", visibility: HIDDEN }) { id } }',
    );
    expect(await codeOf(organiser, CREATE, { input: { ...base, groupId: createGroup.id } })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows a private group’s event to its members only, and lets only those running it change it', async () => {
    const owner = members[4];
    const { groupId } = await privateThread(platform, owner, [members[2]], 'Carers circle');
    const { createEvent } = await gqlAs<{ createEvent: { id: string } }>(platform, owner, CREATE, {
      input: { ...base, title: 'Carers’ evening', groupId },
    });
    const id = createEvent.id;
    expect((await seen(members[2], id)).title).toBe('Carers’ evening');
    expect((await seen(admin, id)).title).toBe('Carers’ evening');
    const QUERY = `query($id: ID!) { event(id: $id) { id } }`;
    expect(await codeOf(members[0], QUERY, { id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await codeOf(members[0], 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { status } }', { id }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await codeOf(members[2], UPDATE, { id, input: { title: 'Mine now' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await codeOf(organiser, UPDATE, { id, input: { title: 'Mine now' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await codeOf(admin, UPDATE, { id, input: { title: 'Carers’ evening (moved)' } })).toBeUndefined();
    const list = async (who: Person) =>
      (
        await gqlAs<{ events: { edges: Array<{ node: { id: string } }> } }>(
          platform,
          who,
          'query($g: ID) { events(filter: { groupId: $g }, first: 50) { edges { node { id } } } }',
          { g: null },
        )
      ).events.edges.map((e) => e.node.id);
    expect(await list(members[2])).toContain(id);
    expect(await list(members[0])).not.toContain(id);
    // Another organiser's platform event is not theirs to change; the admin's is open to admins.
    const theirs = await createEventAs(platform, organiser);
    const other = await signedInPerson(platform, 'Otto Other Organiser', { role: 'ORGANISER' });
    expect(await codeOf(other, UPDATE, { id: theirs.id, input: { title: 'Taken over' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses bad input with every field named, and changes nothing', async () => {
    const wrong = await codeOf(organiser, CREATE, {
      input: {
        title: ' ',
        startsAt: daysFromNow(3),
        endsAt: daysFromNow(2),
        timezone: 'Mars/Olympus_Mons',
        format: 'ONLINE',
        onlineUrl: 'http://insecure.example.org',
        capacity: 0,
      },
    });
    expect(wrong).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        title: 'This is required.',
        endsAt: 'The end must be after the start.',
        timezone: 'Not a time zone: use a name such as Europe/London.',
        onlineUrl: 'Use an https:// address for the online link.',
        capacity: expect.stringContaining('from 1 to'),
      },
    });
    expect(await codeOf(organiser, CREATE, { input: { ...base, venue: null } })).toMatchObject({
      fields: { venue: 'Say where it takes place.' },
    });
    expect(
      await codeOf(organiser, CREATE, {
        input: { ...base, startsAt: daysFromNow(-1), endsAt: daysFromNow(-1, 1) },
      }),
    ).toMatchObject({ fields: { startsAt: 'The start must be in the future.' } });
    expect(await codeOf(organiser, CREATE, { input: { ...base, regionCode: 'ATLANTIS' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const [{ count }] = await platform.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM events WHERE title IN (' ', 'Listening events') AND venue IS NULL",
    );
    expect(count).toBe(0);
  });

  it('closes RSVPs on cancellation and after the deadline, but lets members step back before it starts', async () => {
    const event = await createEventAs(platform, organiser, { rsvpDeadline: daysFromNow(4) });
    await rsvpAs(platform, members[0], event.id, 'GOING');
    const RSVP = 'mutation($id: ID!, $s: RsvpStatus!) { rsvp(eventId: $id, status: $s) { status } }';
    await platform.db.query("UPDATE events SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1", [
      event.id,
    ]);
    const late = await platform.graphql(RSVP, { id: event.id, s: 'GOING' }, members[1].token);
    expect(late.errors?.[0]).toMatchObject({
      message: 'RSVPs for this event have closed.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await rsvpAs(platform, members[0], event.id, 'NOT_GOING')).toMatchObject({ status: 'NOT_GOING' });

    const cancelled = await gqlAs<{ cancelEvent: EventSeen }>(
      platform,
      organiser,
      `mutation($id: ID!) { cancelEvent(id: $id, reason: "The venue flooded") { ${EVENT_FIELDS} } }`,
      { id: event.id },
    );
    expect(cancelled.cancelEvent).toMatchObject({ status: 'CANCELLED', cancelReason: 'The venue flooded' });
    const after = await platform.graphql(RSVP, { id: event.id, s: 'GOING' }, members[0].token);
    expect(after.errors?.[0]?.message).toBe('This event has been cancelled.');
    expect(await codeOf(organiser, UPDATE, { id: event.id, input: { title: 'Back on' } })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('gives up the places of a member who leaves a private group, to the first in line, who is told', async () => {
    const owner = await signedInPerson(platform, 'Pru Private Owner');
    const leaver = await signedInPerson(platform, 'Lee Leaver');
    const waiter = await signedInPerson(platform, 'Win Waiter');
    const { groupId } = await privateThread(platform, owner, [leaver, waiter], 'Closed circle');
    const event = await createEventAs(platform, owner, { title: 'Circle meeting', groupId, capacity: 1 });
    await rsvpAs(platform, leaver, event.id, 'GOING');
    expect(await rsvpAs(platform, waiter, event.id, 'GOING')).toMatchObject({ status: 'WAITLISTED' });
    await gqlAs(platform, leaver, 'mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: groupId });
    // The places go in the job of the domain event `groups.membership-ended`, committed with the leaving.
    await jobsSettled((sql) => platform.db.query(sql));
    expect((await seen(waiter, event.id)).viewerRsvp).toEqual({ status: 'GOING', waitlistPosition: null });
    expect(await seen(owner, event.id)).toMatchObject({ goingCount: 1, waitlistCount: 0 });
    const mine = await gqlAs<{ myEvents: { edges: unknown[] } }>(
      platform,
      leaver,
      '{ myEvents { edges { node { id } } } }',
    );
    expect(mine.myEvents.edges).toEqual([]);
  });
});
