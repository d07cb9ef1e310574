import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEventAs, daysFromNow, rsvpAs } from '../support/events.js';
import { gqlAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

interface Listed {
  edges: Array<{ cursor: string; node: { id: string; title: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const LIST = `query($f: EventFilter, $first: Int, $after: String) {
  events(filter: $f, first: $first, after: $after) {
    edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;
const ATTENDEES = `query($id: ID!) { event(id: $id) { attendees {
  going { displayName leaderType } waitlisted { displayName waitlistPosition } balance { leaderType count } balanceSummary } } }`;

describe('events: finding them, attendee lists and exports', () => {
  let platform: TestPlatform;
  let organiser: Person;
  let member: Person;

  const titles = async (who: Person, filter: Record<string, unknown>) =>
    (await gqlAs<{ events: Listed }>(platform, who, LIST, { f: filter, first: 50 })).events.edges.map(
      (e) => e.node.title,
    );

  beforeAll(async () => {
    platform = await startTestPlatform();
    organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
    member = await signedInPerson(platform, 'Mia Member');
    const at = (days: number) => ({ startsAt: daysFromNow(days), endsAt: daysFromNow(days, 2) });
    await createEventAs(platform, organiser, {
      title: 'Leeds maternity café',
      regionCode: 'NORTH_EAST_AND_YORKSHIRE',
      topicSlugs: ['maternity'],
      ...at(3),
    });
    await createEventAs(platform, organiser, {
      title: 'London co-production lab',
      regionCode: 'LONDON',
      topicSlugs: ['co-production'],
      ...at(6),
    });
    await createEventAs(platform, organiser, {
      title: 'Mental health and 100% peer support',
      regionCode: 'LONDON',
      topicSlugs: ['mental-health'],
      ...at(40),
    });
    const past = await createEventAs(platform, organiser, { title: 'Last year’s summit', ...at(1) });
    await platform.db.query(
      "UPDATE events SET starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' WHERE id = $1",
      [past.id],
    );
  });

  afterAll(() => platform.close());

  it('lists upcoming events soonest first, filtered by place, topic, words and dates', async () => {
    expect(await titles(member, {})).toEqual([
      'Leeds maternity café',
      'London co-production lab',
      'Mental health and 100% peer support',
    ]);
    expect(await titles(member, { regions: ['LONDON'] })).toEqual([
      'London co-production lab',
      'Mental health and 100% peer support',
    ]);
    expect(await titles(member, { topics: ['maternity', 'mental-health'] })).toEqual([
      'Leeds maternity café',
      'Mental health and 100% peer support',
    ]);
    expect(await titles(member, { text: 'PRODUCTION LAB' })).toEqual(['London co-production lab']);
    expect(await titles(member, { text: '100%' })).toEqual(['Mental health and 100% peer support']);
    expect(await titles(member, { text: '%' })).toEqual(['Mental health and 100% peer support']);
    expect(await titles(member, { to: daysFromNow(10) })).toEqual([
      'Leeds maternity café',
      'London co-production lab',
    ]);
    expect(await titles(member, { from: daysFromNow(-60), to: daysFromNow(2) })).toEqual([
      'Last year’s summit',
    ]);
    expect(await titles(member, { regions: ['LONDON'], topics: ['maternity'] })).toEqual([]);
    const bad = await platform.graphql(LIST, { f: { regions: ['ATLANTIS'] } }, member.token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const backwards = await platform.graphql(
      LIST,
      { f: { from: daysFromNow(5), to: daysFromNow(1) } },
      member.token,
    );
    expect(backwards.errors?.[0]?.extensions.fields).toEqual({ 'filter.to': expect.any(String) });
  });

  it('pages with a cursor without repeating or skipping, even when events are added between pages', async () => {
    const first = (await gqlAs<{ events: Listed }>(platform, member, LIST, { f: {}, first: 2 })).events;
    expect(first.pageInfo.hasNextPage).toBe(true);
    await createEventAs(platform, organiser, {
      title: 'Added earlier',
      startsAt: daysFromNow(2),
      endsAt: daysFromNow(2, 1),
    });
    const second = (
      await gqlAs<{ events: Listed }>(platform, member, LIST, {
        f: {},
        first: 2,
        after: first.pageInfo.endCursor,
      })
    ).events;
    expect([...first.edges, ...second.edges].map((e) => e.node.title)).toEqual([
      'Leeds maternity café',
      'London co-production lab',
      'Mental health and 100% peer support',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const tooMany = await platform.graphql(LIST, { first: 101 }, member.token);
    expect(tooMany.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists my events: going, waiting, or running them', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Small table', capacity: 1 });
    const other = await signedInPerson(platform, 'Oz Other');
    await rsvpAs(platform, other, event.id, 'GOING');
    await rsvpAs(platform, member, event.id, 'GOING');
    const mine = async (who: Person) =>
      (
        await gqlAs<{ myEvents: Listed }>(
          platform,
          who,
          '{ myEvents(first: 50) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }',
        )
      ).myEvents.edges.map((e) => e.node.title);
    expect(await mine(member)).toEqual(['Small table']);
    expect(await mine(other)).toEqual(['Small table']);
    expect(await mine(organiser)).toContain('Small table');
    await rsvpAs(platform, member, event.id, 'NOT_GOING');
    expect(await mine(member)).toEqual([]);
  });

  it('shows attendees with the leader-type balance to the organiser, and to those going only when allowed', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Balanced pairs', capacity: 3 });
    const people = [
      await signedInPerson(platform, 'Pat Patient', { leaderType: 'PATIENT_LEADER' }),
      await signedInPerson(platform, 'Peg Patient', { leaderType: 'PATIENT_LEADER' }),
      await signedInPerson(platform, 'Hal Health', { leaderType: 'HEALTHCARE_PROFESSIONAL' }),
      await signedInPerson(platform, 'Wyn Waiting', { leaderType: 'CARER_LEADER' }),
    ];
    for (const person of people) await rsvpAs(platform, person, event.id, 'GOING');
    const listOf = async (who: Person) =>
      (await gqlAs<{ event: { attendees: unknown } }>(platform, who, ATTENDEES, { id: event.id })).event
        .attendees;
    expect(await listOf(organiser)).toEqual({
      going: [
        { displayName: 'Hal Health', leaderType: 'HEALTHCARE_PROFESSIONAL' },
        { displayName: 'Pat Patient', leaderType: 'PATIENT_LEADER' },
        { displayName: 'Peg Patient', leaderType: 'PATIENT_LEADER' },
      ],
      waitlisted: [{ displayName: 'Wyn Waiting', waitlistPosition: 1 }],
      balance: [
        { leaderType: 'PATIENT_LEADER', count: 2 },
        { leaderType: 'HEALTHCARE_PROFESSIONAL', count: 1 },
      ],
      balanceSummary: '2 patient leaders, 1 healthcare professional',
    });
    expect(await listOf(people[0])).toBeNull();
    expect(await listOf(member)).toBeNull();
    await gqlAs(
      platform,
      organiser,
      'mutation($id: ID!) { updateEvent(id: $id, input: { attendeesVisible: true }) { id } }',
      {
        id: event.id,
      },
    );
    expect(await listOf(people[0])).toMatchObject({
      balanceSummary: '2 patient leaders, 1 healthcare professional',
    });
    expect(await listOf(people[3])).toBeNull(); // waiting, not going
    expect(await listOf(member)).toBeNull();

    const CSV = 'query($id: ID!) { eventAttendeesCsv(eventId: $id) }';
    const { eventAttendeesCsv } = await gqlAs<{ eventAttendeesCsv: string }>(platform, organiser, CSV, {
      id: event.id,
    });
    const rows = eventAttendeesCsv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('Name,Handle,Leader type,Status,Waitlist position,Answered at (UTC)');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatch(new RegExp(`^Wyn Waiting,${people[3].handle},CARER_LEADER,WAITLISTED,1,\\d{4}-`));
    const refused = await platform.graphql(CSV, { id: event.id }, people[0].token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps a formula out of the export', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Safe export' });
    const sly = await signedInPerson(platform, '=HYPERLINK("http://evil.example","x")');
    await rsvpAs(platform, sly, event.id, 'GOING');
    const { eventAttendeesCsv } = await gqlAs<{ eventAttendeesCsv: string }>(
      platform,
      organiser,
      'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
      { id: event.id },
    );
    expect(eventAttendeesCsv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",/);
  });

  it('shows a group’s upcoming events on the group, to those who may read it', async () => {
    const owner = await signedInPerson(platform, 'Gail Group Owner');
    const { groupId } = await privateThread(platform, owner, [member], 'Sickle cell network');
    await createEventAs(platform, owner, { title: 'Network meet-up', groupId });
    const GROUP = 'query($id: ID!) { group(id: $id) { events { title group { id } } } }';
    expect(
      (await gqlAs<{ group: { events: unknown[] } }>(platform, member, GROUP, { id: groupId })).group.events,
    ).toEqual([{ title: 'Network meet-up', group: { id: groupId } }]);
    expect(
      (await gqlAs<{ group: { events: unknown[] } }>(platform, organiser, GROUP, { id: groupId })).group
        .events,
    ).toEqual([]);
  });
});
