// The SQL copies of the group and event policies, held to the policies themselves: for every standing a member can
// have towards a group (none, invited, pending, each active role, banned; the site roles) and every group (each
// visibility, hidden by an admin or not) and event (the group's or the platform's, hidden by a moderator or not), each
// SQL predicate answers exactly what the pure policy answers. Leaving a group, or being removed without a ban, deletes
// the membership row: the same standing as none. Not signed in: nothing to ask in SQL (the API answers
// UNAUTHENTICATED; the policies answer false, see libs/groups/src/group.policy.spec.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import {
  EventDirectory,
  eventPermissions,
  EventStatus,
  maySeeEventSql,
  type EventStanding,
} from '#libs/events';
import {
  GroupDirectory,
  GroupMembersService,
  groupPermits,
  GroupRole,
  GroupVisibility,
  MembershipStatus,
  type GroupStanding,
  type GroupState,
} from '#libs/groups';
import { MemberRole, type Viewer } from '#libs/identity';
import { newMember } from '../support/member-factory.js';
import { serviceModule } from '../support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Standing {
  name: string;
  role: MemberRole;
  membership?: { role: GroupRole; status: MembershipStatus };
}

const STANDINGS: Standing[] = [
  { name: 'a member outside the group (never in, left, or removed)', role: MemberRole.MEMBER },
  { name: 'an organiser outside the group', role: MemberRole.ORGANISER },
  {
    name: 'an invited member',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.INVITED },
  },
  {
    name: 'a member who asked to join',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.PENDING },
  },
  {
    name: 'an active member',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.ACTIVE },
  },
  {
    name: 'an active moderator',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.MODERATOR, status: MembershipStatus.ACTIVE },
  },
  {
    name: 'an active owner',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.OWNER, status: MembershipStatus.ACTIVE },
  },
  {
    name: 'a banned member',
    role: MemberRole.MEMBER,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.BANNED },
  },
  { name: 'an admin outside the group', role: MemberRole.ADMIN },
  {
    name: 'a banned admin',
    role: MemberRole.ADMIN,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.BANNED },
  },
];

interface GroupRow extends GroupState {
  id: string;
  label: string;
}

interface EventRow {
  id: string;
  label: string;
  group: GroupRow | null;
  organiserId: string | null;
  hidden: boolean;
}

interface Person extends Standing {
  id: string;
  viewer: Viewer;
}

const FUTURE = new Date(Date.now() + 10 * 24 * 3600 * 1000);

describe('every SQL copy of the group and event policies agrees with the policy', () => {
  let db: TestDatabase;
  let module: TestingModule;
  const groups: GroupRow[] = [];
  const events: EventRow[] = [];
  const people: Person[] = [];
  let peerId: string;

  const groupStanding = (person: Person): GroupStanding => ({
    signedIn: true,
    isAdmin: person.role === MemberRole.ADMIN,
    membership: person.membership,
  });
  const eventStanding = (person: Person, event: EventRow): EventStanding => ({
    signedIn: true,
    role: person.role,
    organiser: event.organiserId === person.id,
    group: event.group
      ? {
          visibility: event.group.visibility,
          standing: groupStanding(person),
          hidden: event.group.hiddenByAdmin,
        }
      : undefined,
    rsvp: null,
  });
  const seesEvent = (person: Person, event: EventRow): boolean =>
    eventPermissions(
      {
        attendeesVisible: false,
        status: EventStatus.SCHEDULED,
        startsAt: FUTURE,
        rsvpDeadline: null,
        hiddenAt: event.hidden ? new Date() : null,
      },
      eventStanding(person, event),
    ).see;

  beforeAll(async () => {
    db = await createTestDatabase();
    module = await serviceModule(db);
    for (const standing of STANDINGS) {
      const { id, handle } = await newMember(db, { role: standing.role });
      people.push({ ...standing, id, viewer: { memberId: id, sessionId: 's', role: standing.role, handle } });
    }
    peerId = (await newMember(db)).id;
    const organiser = people.find((person) => person.role === MemberRole.ORGANISER)!;
    for (const visibility of Object.values(GroupVisibility)) {
      for (const hiddenByAdmin of [false, true]) {
        const label = `${visibility}${hiddenByAdmin ? ', hidden by an admin' : ''}`;
        const [{ id }] = await db.query<{ id: string }>(
          `INSERT INTO groups (slug, name, visibility, hidden_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [`g-${groups.length}`, `Group ${label}`, visibility, hiddenByAdmin ? new Date() : null],
        );
        groups.push({ id, label, visibility, hiddenByAdmin });
        for (const person of people.filter((p) => p.membership)) {
          await db.query(
            'INSERT INTO group_memberships (group_id, member_id, role, status) VALUES ($1, $2, $3, $4)',
            [id, person.id, person.membership!.role, person.membership!.status],
          );
        }
        await db.query(
          `INSERT INTO group_memberships (group_id, member_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`,
          [id, peerId],
        );
      }
    }
    const places: Array<{ group: GroupRow | null; organiserId: string | null }> = [
      ...groups.map((group) => ({ group, organiserId: null })),
      { group: null, organiserId: organiser.id },
      { group: null, organiserId: peerId },
    ];
    for (const { group, organiserId } of places) {
      for (const hidden of [false, true]) {
        const label = `${group ? `the event of a ${group.label} group` : `a platform event by ${organiserId === peerId ? 'a member' : 'the organiser'}`}${hidden ? ', hidden by a moderator' : ''}`;
        const [{ id }] = await db.query<{ id: string }>(
          `INSERT INTO events (title, starts_at, ends_at, timezone, format, group_id, organiser_id, hidden_at)
           VALUES ($1, $2, $2::timestamptz + interval '2 hours', 'Europe/London', 'ONLINE', $3, $4, $5) RETURNING id`,
          [label, FUTURE, group?.id ?? null, organiserId, hidden ? new Date() : null],
        );
        events.push({ id, label, group, organiserId, hidden });
      }
    }
  });

  afterAll(async () => {
    await module.close();
    await db.drop();
  });

  /** Each disagreement in words, so that a failure names the standing and the group or event. */
  const disagreements = (rows: Array<{ who: Person; what: string; sql: boolean; policy: boolean }>) =>
    rows
      .filter((row) => row.sql !== row.policy)
      .map((row) => `${row.who.name} / ${row.what}: SQL ${row.sql}, policy ${row.policy}`);

  it('the group directory lists the groups the policy lets each one see (those an admin hid left out of lists)', async () => {
    const rows = [];
    for (const person of people) {
      const listed = new Set(
        (await module.get(GroupDirectory).groups(person.viewer, {}, 100)).items.map(
          (item) => item.node.group.id,
        ),
      );
      const joined = new Set(
        (await module.get(GroupDirectory).groups(person.viewer, { joinedOnly: true }, 100)).items.map(
          (item) => item.node.group.id,
        ),
      );
      for (const group of groups) {
        const sees = groupPermits(group, groupStanding(person), 'see') && !group.hiddenByAdmin;
        rows.push({ who: person, what: group.label, sql: listed.has(group.id), policy: sees });
        rows.push({
          who: person,
          what: `${group.label} (joined only)`,
          sql: joined.has(group.id),
          policy: sees && person.membership?.status === MembershipStatus.ACTIVE,
        });
      }
    }
    expect(disagreements(rows)).toEqual([]);
  });

  it('a member’s groups are shown beside them as far as the policy lets each one read the group', async () => {
    const rows = [];
    for (const person of people) {
      const shown = new Set(
        ((await module.get(GroupMembersService).groupsOf(person.viewer, [peerId])).get(peerId) ?? []).map(
          (group) => group.id,
        ),
      );
      for (const group of groups)
        rows.push({
          who: person,
          what: group.label,
          sql: shown.has(group.id),
          policy: groupPermits(group, groupStanding(person), 'read'),
        });
    }
    expect(disagreements(rows)).toEqual([]);
  });

  it('maySeeEventSql (reminders, notices, the digest, the calendar feed, attendees told) answers the policy’s see', async () => {
    const answers = await db.query<{ member_id: string; event_id: string; sees: boolean }>(
      `SELECT m.id AS member_id, ev.id AS event_id, ${maySeeEventSql('m.id', 'ev.id')} AS sees
         FROM members m CROSS JOIN events ev WHERE m.id = ANY($1::uuid[])`,
      [people.map((person) => person.id)],
    );
    const sql = new Map(answers.map((row) => [`${row.member_id}/${row.event_id}`, row.sees]));
    const rows = people.flatMap((person) =>
      events.map((event) => ({
        who: person,
        what: event.label,
        sql: sql.get(`${person.id}/${event.id}`)!,
        policy: seesEvent(person, event),
      })),
    );
    expect(disagreements(rows)).toEqual([]);
  });

  it('the events list holds the events the policy lets each one see (those a moderator hid left out of lists)', async () => {
    const rows = [];
    for (const person of people) {
      const listed = new Set(
        (await module.get(EventDirectory).events(person.viewer, {}, { first: 100 })).items.map(
          (item) => item.node.id,
        ),
      );
      for (const event of events)
        rows.push({
          who: person,
          what: event.label,
          sql: listed.has(event.id),
          policy: seesEvent(person, event) && !event.hidden,
        });
    }
    expect(disagreements(rows)).toEqual([]);
  });
});
