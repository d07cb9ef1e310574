// The world test/abuse/hostile-input.e2e-spec.ts throws hostile input at: a public, a private and a hidden group with a
// thread each, a direct conversation, events of every kind, open reports, a cohort, an invitation. Each mutation
// gets viewers of its own (`viewers()`), made straight in the database with sessions as sign-in would give (no
// argon2, no sign-in throttle), so that whatever a hostile input happens to do (a suspension, a deleted account, a
// spent refresh token, a used report budget) stays with that mutation.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SessionService } from '#libs/identity';
import { createEventAs, daysFromNow } from './events.js';
import { MEMBER_PASSWORD, newMember, type NewMember } from './member-factory.js';
import { gqlAs, postAs, type Person } from './people.js';
import type { TestPlatform } from './test-platform.js';

export const VIEWER_ROLES = ['member', 'moderator', 'owner', 'admin', 'stranger', 'anonymous'] as const;
export type ViewerRole = (typeof VIEWER_ROLES)[number];

/** A member with an open session (and a spare one, whose refresh token hostile input may spend). */
export interface HostileActor extends Person {
  password: string;
  refreshToken: string;
  spareRefreshToken: string;
  /** The id of the spare session (the one of spareRefreshToken). */
  spareSessionId: string;
}

/** Ids and strings that exist in the world, by what they name: the plausible half of every generated value. */
export interface Pools {
  groups: string[];
  threads: string[];
  messages: string[];
  events: string[];
  members: string[];
  memberships: string[];
  pairings: string[];
  reports: string[];
  notifications: string[];
  cohorts: string[];
  topics: string[];
  regions: string[];
  handles: string[];
  emails: string[];
  refreshTokens: string[];
  invitationTokens: string[];
  /** Every id above. */
  any: string[];
}

/** The viewers of one mutation's runs, with what belongs to them. */
export interface ViewerSet {
  member: HostileActor;
  moderator: HostileActor;
  owner: HostileActor;
  admin: HostileActor;
  /** A member in no group. */
  stranger: HostileActor;
  /** A thread of this set's (started by the co-owner), in a public group kept for the sets. */
  ownThread: string;
  /** The member's own messages, in that thread. */
  ownMessages: string[];
  /** A group event of this set's, in the private group (the member is going). */
  ownEvent: string;
  /** An open report of the member's first message (for the group's moderators). */
  ownReport: string;
  /** An invitation, open, and the address it was sent to. */
  invitationToken: string;
  invitationEmail: string;
  /** A pending request to join the private group (decided by its owners and moderators). */
  pendingMembershipId: string;
  /** A pairing request to the member, pending. */
  pairingToMember: string;
  /** A notification of the member's. */
  notificationId: string;
  pools: Pools;
  /** The actor of a role (null: anonymous). */
  actor(role: ViewerRole): HostileActor | null;
}

export interface HostileWorld {
  platform: TestPlatform;
  owner: HostileActor;
  outsider: HostileActor;
  target: HostileActor;
  groups: { public: string; private: string; hidden: string };
  threads: { public: string; private: string; hidden: string; direct: string };
  messages: { public: string; private: string; hidden: string };
  events: { platform: string; group: string; hidden: string; cancelled: string };
  reports: string[];
  cohortId: string;
  topicSlugs: string[];
  regionCodes: string[];
  invitationToken: string;
  /** Viewers of every role, new each call. */
  viewers(): Promise<ViewerSet>;
  /** A new member with a session, not in any group. */
  freshActor(fields?: NewMember): Promise<HostileActor>;
}

export async function buildHostileWorld(platform: TestPlatform): Promise<HostileWorld> {
  const sessions = platform.api.get(SessionService);
  const manager = platform.api.get(DataSource).manager;

  const freshActor = async (fields: NewMember = {}): Promise<HostileActor> => {
    const created = await newMember(platform.db, { openToPairing: true, ...fields });
    const [opened, spare] = [
      await sessions.openSession(manager, created.id),
      await sessions.openSession(manager, created.id),
    ];
    return {
      ...created,
      password: MEMBER_PASSWORD,
      token: opened.accessToken,
      refreshToken: opened.refreshToken,
      spareRefreshToken: spare.refreshToken,
      spareSessionId: spare.sessionId,
    };
  };
  const gql = <T>(who: Person, query: string, variables: Record<string, unknown> = {}) =>
    gqlAs<T>(platform, who, query, variables);
  const join = (groupId: string, memberId: string, role: string, status = 'ACTIVE') =>
    platform.db.query<{ id: string }>(
      'INSERT INTO group_memberships (group_id, member_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id',
      [groupId, memberId, role, status],
    );

  const [owner, outsider, target, organiser, admin] = await Promise.all([
    freshActor({ displayName: 'Hostile Owner', handle: 'hostile-owner' }),
    freshActor({ displayName: 'Hostile Outsider', handle: 'hostile-outsider' }),
    freshActor({ displayName: 'Hostile Target', handle: 'hostile-target' }),
    freshActor({ displayName: 'Hostile Organiser', handle: 'hostile-organiser', role: 'ORGANISER' }),
    freshActor({ displayName: 'Hostile Admin', handle: 'hostile-admin', role: 'ADMIN' }),
  ]);
  const createGroup = async (who: Person, name: string, visibility: string) =>
    (
      await gql<{ createGroup: { id: string } }>(
        who,
        'mutation($n: String!, $v: GroupVisibility!) { createGroup(input: { name: $n, visibility: $v }) { id } }',
        { n: name, v: visibility },
      )
    ).createGroup.id;
  const createThread = async (who: Person, groupId: string, title: string) =>
    (
      await gql<{ createThread: { id: string } }>(
        who,
        'mutation($g: ID!, $t: String!) { createThread(input: { groupId: $g, title: $t, body: "First" }) { id } }',
        { g: groupId, t: title },
      )
    ).createThread.id;

  const groups = {
    public: await createGroup(owner, 'Hostile public', 'PUBLIC'),
    private: await createGroup(owner, 'Hostile private', 'PRIVATE'),
    // The outsider's: nobody else is in it, so it is invisible to every viewer but the admins.
    hidden: await createGroup(outsider, 'Hostile hidden', 'HIDDEN'),
  };
  const setsGroup = await createGroup(owner, 'Hostile viewers', 'PUBLIC');
  await join(groups.public, target.id, 'MEMBER');
  await join(groups.private, target.id, 'MEMBER');
  const threads = {
    public: await createThread(owner, groups.public, 'Hostile public thread'),
    private: await createThread(owner, groups.private, 'Hostile private thread'),
    hidden: await createThread(outsider, groups.hidden, 'Hostile hidden thread'),
    direct: (
      await gql<{ startDirectThread: { id: string } }>(
        owner,
        'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
        { m: outsider.id },
      )
    ).startDirectThread.id,
  };
  const messages = {
    public: await postAs(platform, owner, threads.public, 'A message in the open'),
    private: await postAs(platform, owner, threads.private, 'A message among members'),
    hidden: await postAs(platform, outsider, threads.hidden, 'A message nobody else sees'),
  };
  await postAs(platform, owner, threads.direct, 'Just the two of us');

  const events = {
    platform: (await createEventAs(platform, organiser, { title: 'Hostile platform evening' })).id,
    group: (await createEventAs(platform, owner, { title: 'Hostile group evening', groupId: groups.private }))
      .id,
    hidden: (
      await createEventAs(platform, outsider, { title: 'Hostile hidden evening', groupId: groups.hidden })
    ).id,
    cancelled: (await createEventAs(platform, organiser, { title: 'Hostile cancelled evening' })).id,
  };
  await gql(organiser, 'mutation($e: ID!) { cancelEvent(id: $e, reason: "Snow") { id } }', {
    e: events.cancelled,
  });
  await gql(target, 'mutation($e: ID!) { rsvp(eventId: $e, status: GOING) { status } }', { e: events.group });

  const report = async (subjectType: string, subjectId: string) =>
    (
      await gql<{ report: { id: string } }>(
        target,
        'mutation($t: ReportSubjectType!, $id: ID!) { report(input: { subjectType: $t, subjectId: $id, reason: "Unkind" }) { id } }',
        { t: subjectType, id: subjectId },
      )
    ).report.id;
  const reports = [await report('MESSAGE', messages.public), await report('MEMBER', outsider.id)];

  const { createCohort } = await gql<{ createCohort: { id: string } }>(
    admin,
    'mutation { createCohort(input: { name: "Hostile cohort", year: 2024 }) { id } }',
  );
  const { topics, regions } = await gql<{
    topics: Array<{ slug: string }>;
    regions: Array<{ code: string }>;
  }>(admin, '{ topics { slug } regions { code } }');
  const { createInvitation } = await gql<{ createInvitation: { token: string } }>(
    admin,
    'mutation { createInvitation(input: { email: "hostile-invitee@example.org" }) { token } }',
  );

  const viewers = async (): Promise<ViewerSet> => {
    const suffix = randomUUID().slice(0, 6);
    const [member, moderator, groupOwner, viewerAdmin, requester, stranger] = await Promise.all([
      freshActor({ displayName: `Hostile member ${suffix}` }),
      freshActor({ displayName: `Hostile moderator ${suffix}` }),
      freshActor({ displayName: `Hostile co-owner ${suffix}` }),
      freshActor({ displayName: `Hostile admin ${suffix}`, role: 'ADMIN' }),
      freshActor({ displayName: `Hostile requester ${suffix}` }),
      freshActor({ displayName: `Hostile stranger ${suffix}` }),
    ]);
    // In the public and the private group (where the pools' ids lead), and in the sets' own group (which no
    // generated input can reach, so that whatever the runs did to the others, the set's thread can be made).
    const standings: Array<[string, HostileActor, string, string]> = [
      [groups.public, member, 'MEMBER', 'ACTIVE'],
      [groups.public, moderator, 'MODERATOR', 'ACTIVE'],
      [groups.public, groupOwner, 'OWNER', 'ACTIVE'],
      [groups.private, member, 'MEMBER', 'ACTIVE'],
      [groups.private, moderator, 'MODERATOR', 'ACTIVE'],
      [groups.private, groupOwner, 'OWNER', 'ACTIVE'],
      [groups.private, requester, 'MEMBER', 'PENDING'],
      [setsGroup, member, 'MEMBER', 'ACTIVE'],
      [setsGroup, moderator, 'MODERATOR', 'ACTIVE'],
      [setsGroup, groupOwner, 'OWNER', 'ACTIVE'],
      [setsGroup, requester, 'MEMBER', 'ACTIVE'],
    ];
    const rows = await platform.db.query<{ id: string; status: string }>(
      `INSERT INTO group_memberships (group_id, member_id, role, status)
       SELECT g, m, r::group_role, s::membership_status
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS t(g, m, r, s)
       RETURNING id, status`,
      [
        standings.map(([groupId]) => groupId),
        standings.map(([, who]) => who.id),
        standings.map(([, , role]) => role),
        standings.map(([, , , status]) => status),
      ],
    );
    const pending = rows.find((row) => row.status === 'PENDING')!;
    // What the set owns, made side by side: a thread with the member's messages and a report of one; an event the
    // member goes to; an invitation; a pairing request and a notification.
    const [
      [ownThread, ownMessages, ownReport],
      ownEvent,
      invitation,
      [pairing, notification, ownerNotification],
    ] = await Promise.all([
      (async () => {
        const thread = await createThread(groupOwner, setsGroup, `Hostile thread ${suffix}`);
        const posted = [
          await postAs(platform, member, thread, `Mine, ${suffix}`),
          await postAs(platform, member, thread, `Also mine, ${suffix}`),
        ];
        const { report } = await gql<{ report: { id: string } }>(
          requester,
          'mutation($id: ID!) { report(input: { subjectType: MESSAGE, subjectId: $id, reason: "Unkind" }) { id } }',
          { id: posted[0] },
        );
        return [thread, posted, report.id] as const;
      })(),
      (async () => {
        const { id } = await createEventAs(platform, groupOwner, {
          title: `Hostile evening ${suffix}`,
          groupId: groups.private,
        });
        await gql(member, 'mutation($e: ID!) { rsvp(eventId: $e, status: GOING) { status } }', { e: id });
        return id;
      })(),
      (async () =>
        (
          await gql<{ createInvitation: { token: string } }>(
            viewerAdmin,
            'mutation($e: String!) { createInvitation(input: { email: $e }) { token } }',
            { e: `invitee-${suffix}@example.org` },
          )
        ).createInvitation)(),
      (async () => {
        const [request] = await platform.db.query<{ id: string }>(
          `INSERT INTO pairing_requests (requester_id, recipient_id, message) VALUES ($1, $2, 'Shall we?') RETURNING id`,
          [requester.id, member.id],
        );
        const [mine] = await platform.db.query<{ id: string }>(
          `INSERT INTO notifications (recipient_id, kind, actor_id, thread_id, message_id)
             VALUES ($1, 'MENTION', $2, $3, $4) RETURNING id`,
          [member.id, groupOwner.id, threads.public, messages.public],
        );
        const owners = (
          await platform.db.query<{ id: string }>(
            'SELECT id FROM notifications WHERE recipient_id = $1 LIMIT 1',
            [owner.id],
          )
        ).at(0);
        return [request, mine, owners] as const;
      })(),
    ]);
    const actors = { member, moderator, owner: groupOwner, admin: viewerAdmin, stranger };
    const ids = {
      groups: Object.values(groups),
      threads: [...Object.values(threads), ownThread],
      messages: [...Object.values(messages), ...ownMessages],
      events: [...Object.values(events), ownEvent],
      // Never the world's owner: a suspension or a deleted account would take the groups' first owner away.
      members: [
        member.id,
        moderator.id,
        groupOwner.id,
        viewerAdmin.id,
        stranger.id,
        outsider.id,
        target.id,
        requester.id,
      ],
      memberships: [pending.id],
      pairings: [pairing.id],
      reports: [...reports, ownReport],
      notifications: [notification.id, ...(ownerNotification ? [ownerNotification.id] : [])],
      cohorts: [createCohort.id],
    };
    const pools: Pools = {
      ...ids,
      topics: topics.map((t) => t.slug),
      regions: regions.map((r) => r.code),
      handles: [member.handle, target.handle, outsider.handle],
      emails: [member.email, outsider.email, `invitee-${suffix}@example.org`],
      refreshTokens: [member.spareRefreshToken],
      invitationTokens: [invitation.token, createInvitation.token],
      any: Object.values(ids).flat(),
    };
    return {
      ...actors,
      ownThread,
      ownMessages,
      ownEvent,
      ownReport,
      invitationToken: invitation.token,
      invitationEmail: `invitee-${suffix}@example.org`,
      pendingMembershipId: pending.id,
      pairingToMember: pairing.id,
      notificationId: notification.id,
      pools,
      actor: (role) => (role === 'anonymous' ? null : actors[role]),
    };
  };

  return {
    platform,
    owner,
    outsider,
    target,
    groups,
    threads,
    messages,
    events,
    reports,
    cohortId: createCohort.id,
    topicSlugs: topics.map((t) => t.slug),
    regionCodes: regions.map((r) => r.code),
    invitationToken: createInvitation.token,
    viewers,
    freshActor,
  };
}

/** A valid event input (a platform event unless groupId is added). */
export const validEventInput = () => ({
  title: 'A hostile evening',
  description: 'Stories from collaborative pairs.',
  startsAt: daysFromNow(20),
  endsAt: daysFromNow(20, 2),
  timezone: 'Europe/London',
  format: 'HYBRID',
  venue: 'The Hive, Leeds',
  onlineUrl: 'https://meet.example.org/hostile',
});
