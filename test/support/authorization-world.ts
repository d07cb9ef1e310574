// The world the authorization matrix (test/abuse/authorization-matrix.e2e-spec.ts) asks its questions in: one PRIVATE
// group with a member of every standing, and the things the operations act on (threads, messages, events, a
// notification, a report). People are inserted straight into the database and given sessions as sign-in would
// (no argon2, no sign-in throttle: test/support/authorization-actors.ts); what the product itself does (groups,
// threads, events, bans, suspension) goes through the API.
import { randomUUID } from 'node:crypto';
import { actorsOf, type Actor } from './authorization-actors.js';
import { createEventAs } from './events.js';
import type { NewMember } from './member-factory.js';
import type { TestPlatform } from './test-platform.js';
import { until } from './until.js';

/** Every kind of viewer the matrix asks about. */
export const VIEWER_KINDS = [
  'anonymous',
  'member',
  'outsider',
  'pending',
  'moderator',
  'owner',
  'banned',
  'suspended',
  'admin',
] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];
/** The kinds that hold a session the API accepts (anonymous has none; a suspended member's is refused). */
export type SignedInKind = Exclude<ViewerKind, 'anonymous' | 'suspended'>;
export const SIGNED_IN_KINDS = VIEWER_KINDS.filter(
  (kind): kind is SignedInKind => kind !== 'anonymous' && kind !== 'suspended',
);

type GroupStanding = { role: 'OWNER' | 'MODERATOR' | 'MEMBER'; status: 'ACTIVE' | 'PENDING' | 'BANNED' };
/** The standing in the group of each kind that has one. */
const STANDINGS: Partial<Record<ViewerKind, GroupStanding>> = {
  member: { role: 'MEMBER', status: 'ACTIVE' },
  moderator: { role: 'MODERATOR', status: 'ACTIVE' },
  // A second owner: a twin that leaves or deletes its account must not leave the group without one.
  owner: { role: 'OWNER', status: 'ACTIVE' },
  pending: { role: 'MEMBER', status: 'PENDING' },
  banned: { role: 'MEMBER', status: 'BANNED' },
};

/** Messages a viewer wrote in the group thread (outsiders and pending requesters as former members). */
export interface OwnMessages {
  edit: string;
  delete: string;
  socketEdit: string;
  socketDelete: string;
}

export interface World {
  platform: TestPlatform;
  people: Record<Exclude<ViewerKind, 'anonymous'>, Actor> & { poster: Actor; organiser: Actor };
  groupId: string;
  /** The group's thread, with the poster's message in it. */
  threadId: string;
  posterMessageId: string;
  /** A locked thread of the group. */
  lockedThreadId: string;
  /** A thread that only pinThread and lockThread touch. */
  spareThreadId: string;
  /** The member's conversation with the outsider. */
  directThreadId: string;
  ownMessages: Record<Exclude<ViewerKind, 'anonymous'>, OwnMessages>;
  /** The group's event: everyone in the group said they would go before taking their standing. */
  groupEventId: string;
  platformEventId: string;
  /** A thread and an event of the group by its owner, hidden by its moderator (HIDE_CONTENT). */
  hiddenThreadId: string;
  hiddenGroupEventId: string;
  /** A platform event hidden by an admin. */
  hiddenPlatformEventId: string;
  /** A second private group, where each kind has the same standing, with a thread and an event: hidden by an admin. */
  hiddenGroup: { id: string; threadId: string; eventId: string };
  /** The owner's notification (the pending requester's request to join). */
  ownerNotificationId: string;
  /** A report of the poster's message (for the group's moderators), open. */
  groupReportId: string;
  /** A report of the poster (for the admins), open. */
  memberReportId: string;
  /** A report of the moderator's message, open: for the owner and admins, never the moderator. */
  moderatorReportId: string;
  /** A topic only renameTopic touches. */
  topicSlug: string;
  /** The viewer of this kind (null: anonymous). */
  viewer(kind: ViewerKind): Actor | null;
  /** A new person of this kind (same standing in the group), for operations that change the viewer themselves. */
  twin(kind: ViewerKind): Promise<Actor | null>;
  /** A new member (not in the group). */
  freshMember(fields?: NewMember): Promise<Actor>;
  /** A new member with this standing in the group; answers them and their membership's id. */
  freshInGroup(standing: GroupStanding): Promise<Actor & { membershipId: string }>;
  /** Writes a message as `author` (through the domain, as the API does, without the send throttle). */
  write(author: Actor, threadId: string, body?: string): Promise<string>;
  /** A new, open report of a new message in the group thread by `author` (the poster unless given). */
  freshReport(author?: Actor): Promise<{ reportId: string; messageId: string }>;
  /** GraphQL as `who`; throws on errors. */
  gql<T>(who: Actor, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A session of this member: the tokens a sign-in would give. */
  session(memberId: string): Promise<{ accessToken: string; refreshToken: string }>;
}

export async function buildWorld(platform: TestPlatform): Promise<World> {
  const { openSession, session, freshMember, gql, write } = actorsOf(platform);

  const names = [
    'owner',
    'moderator',
    'member',
    'pending',
    'banned',
    'outsider',
    'suspended',
    'poster',
    'reporter',
  ] as const;
  const made = await Promise.all(
    names.map((name) =>
      freshMember({ displayName: `Matrix ${name}`, handle: `matrix-${name}`, openToPairing: true }),
    ),
  );
  const [owner, moderator, member, pending, banned, outsider, suspended, poster, reporter] = made;
  const [admin, organiser] = await Promise.all([
    freshMember({ displayName: 'Matrix admin', handle: 'matrix-admin', role: 'ADMIN' }),
    freshMember({ displayName: 'Matrix organiser', handle: 'matrix-organiser', role: 'ORGANISER' }),
  ]);

  // The group, and everyone in it first: outsiders and pending requesters are former members, so that each
  // kind has messages of their own in the thread.
  const { createGroup } = await gql<{ createGroup: { id: string } }>(
    owner,
    'mutation { createGroup(input: { name: "Matrix circle", visibility: PRIVATE }) { id } }',
  );
  const groupId = createGroup.id;
  const joiners = [moderator, member, pending, banned, outsider, suspended, poster, reporter];
  await Promise.all(
    joiners.map(async (who) => {
      await gql(owner, 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { id } }', {
        g: groupId,
        m: who.id,
      });
      await gql(who, 'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { id } }', { g: groupId });
    }),
  );
  const { createThread } = await gql<{ createThread: { id: string } }>(
    owner,
    'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Matrix", body: "Welcome, all" }) { id } }',
    { g: groupId },
  );
  const threadId = createThread.id;
  const posterMessageId = await write(poster, threadId, 'The poster’s message');
  const writers = { owner, moderator, member, pending, banned, outsider, suspended, admin };
  const ownMessages = Object.fromEntries(
    await Promise.all(
      Object.entries(writers).map(async ([kind, who]) => {
        const own: OwnMessages = {
          edit: await write(who, threadId, `${kind}: to edit`),
          delete: await write(who, threadId, `${kind}: to delete`),
          socketEdit: await write(who, threadId, `${kind}: to edit on the socket`),
          socketDelete: await write(who, threadId, `${kind}: to delete on the socket`),
        };
        return [kind, own];
      }),
    ),
  ) as World['ownMessages'];

  // Everyone says they will go to the group's event while they may.
  const [groupEvent, platformEvent] = await Promise.all([
    createEventAs(platform, owner, { title: 'Matrix group evening', groupId }),
    createEventAs(platform, organiser, { title: 'Matrix platform evening' }),
  ]);
  await Promise.all(
    [moderator, member, pending, banned, outsider, suspended, admin].map((who) =>
      gql(who, 'mutation($e: ID!) { rsvp(eventId: $e, status: GOING) { status } }', { e: groupEvent.id }),
    ),
  );

  // Now each takes their standing.
  await gql(
    owner,
    'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { id } }',
    {
      g: groupId,
      m: moderator.id,
    },
  );
  await gql(owner, 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }', {
    g: groupId,
    m: banned.id,
  });
  await gql(outsider, 'mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: groupId });
  await gql(pending, 'mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: groupId });
  await gql(pending, 'mutation($g: ID!) { joinGroup(groupId: $g, message: "May I come back?") { status } }', {
    g: groupId,
  });
  // A member who asked with a note and was let in: the note stays for those who decide requests.
  const joiner = await freshMember({ displayName: 'Matrix joiner', handle: 'matrix-joiner' });
  const { joinGroup: joinRequest } = await gql<{ joinGroup: { id: string } }>(
    joiner,
    'mutation($g: ID!) { joinGroup(groupId: $g, message: "My note, for the moderators") { id } }',
    { g: groupId },
  );
  await gql(owner, 'mutation($id: ID!) { decideJoinRequest(membershipId: $id, approve: true) { id } }', {
    id: joinRequest.id,
  });

  const created = async (who: Actor, title: string) =>
    (
      await gql<{ createThread: { id: string } }>(
        who,
        'mutation($g: ID!, $t: String!) { createThread(input: { groupId: $g, title: $t, body: "First" }) { id } }',
        { g: groupId, t: title },
      )
    ).createThread.id;
  const [lockedThreadId, spareThreadId] = await Promise.all([
    created(owner, 'Locked'),
    created(owner, 'Spare'),
  ]);
  await gql(owner, 'mutation($t: ID!) { lockThread(threadId: $t, locked: true) { id } }', {
    t: lockedThreadId,
  });
  const { startDirectThread } = await gql<{ startDirectThread: { id: string } }>(
    member,
    'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
    { m: outsider.id },
  );
  const directThreadId = startDirectThread.id;
  await write(member, directThreadId, 'Hello, just us');

  // Reports by a member of the group who is not a viewer (the viewers' report budgets are the matrix's): of the
  // poster's message (for the group's moderators) and of the poster (for the admins).
  const reportAs = async (who: Actor, subjectType: string, subjectId: string) =>
    (
      await gql<{ report: { id: string } }>(
        who,
        `mutation($t: ReportSubjectType!, $id: ID!) {
          report(input: { subjectType: $t, subjectId: $id, reason: "Unkind" }) { id } }`,
        { t: subjectType, id: subjectId },
      )
    ).report.id;
  const groupReportId = await reportAs(reporter, 'MESSAGE', posterMessageId);
  const memberReportId = await reportAs(reporter, 'MEMBER', poster.id);
  const moderatorReportId = await reportAs(
    reporter,
    'MESSAGE',
    await write(moderator, threadId, 'The moderator’s message'),
  );

  // Hidden content: a thread and an event of the group (the owner's, hidden by the moderator), a platform event (by an
  // admin).
  const hide = async (by: Actor, subjectType: string, subjectId: string) =>
    gql(by, 'mutation($id: ID!) { resolveReport(id: $id, action: HIDE_CONTENT) { id } }', {
      id: await reportAs(reporter, subjectType, subjectId),
    });
  const [hiddenThreadId, hiddenGroupEvent, hiddenPlatformEvent] = await Promise.all([
    created(owner, 'Hidden'),
    createEventAs(platform, owner, { title: 'Matrix hidden evening', groupId }),
    createEventAs(platform, organiser, { title: 'Matrix hidden platform evening' }),
  ]);
  // By the moderator: nobody settles a report about their own doing.
  await hide(moderator, 'THREAD', hiddenThreadId);
  await hide(moderator, 'EVENT', hiddenGroupEvent.id);
  await hide(admin, 'EVENT', hiddenPlatformEvent.id);

  // A second private group with the same standings, a thread and an event, hidden by an admin.
  const secondGroup = (
    await gql<{ createGroup: { id: string } }>(
      owner,
      'mutation { createGroup(input: { name: "Matrix hidden circle", visibility: PRIVATE }) { id } }',
    )
  ).createGroup.id;
  for (const [who, role, status] of [
    [moderator, 'MODERATOR', 'ACTIVE'],
    [member, 'MEMBER', 'ACTIVE'],
    [pending, 'MEMBER', 'PENDING'],
    [banned, 'MEMBER', 'BANNED'],
  ] as const) {
    await platform.db.query(
      'INSERT INTO group_memberships (group_id, member_id, role, status) VALUES ($1, $2, $3, $4)',
      [secondGroup, who.id, role, status],
    );
  }
  const hiddenGroup = {
    id: secondGroup,
    threadId: (
      await gql<{ createThread: { id: string } }>(
        owner,
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Behind", body: "First" }) { id } }',
        { g: secondGroup },
      )
    ).createThread.id,
    eventId: (
      await createEventAs(platform, owner, { title: 'Matrix hidden circle evening', groupId: secondGroup })
    ).id,
  };
  await hide(admin, 'GROUP', secondGroup);

  const { createTopic } = await gql<{ createTopic: { slug: string } }>(
    admin,
    'mutation { createTopic(input: { name: "Matrix topic" }) { slug } }',
  );

  // Suspended by an admin: their sessions end. The matrix then uses a session opened afterwards, so that it is
  // the member's status (not a revoked session) that refuses them.
  await gql(admin, 'mutation($m: ID!) { suspendMember(memberId: $m, reason: "For the matrix") }', {
    m: suspended.id,
  });
  const afterSuspension = await openSession(suspended.id);
  const suspendedNow: Actor = {
    ...suspended,
    token: afterSuspension.accessToken,
    sessionId: afterSuspension.sessionId,
  };

  // The pending request tells the owner (through the job queue).
  let ownerNotificationId = '';
  await until(
    async () => {
      const [row] = await platform.db.query<{ id: string }>(
        'SELECT id FROM notifications WHERE recipient_id = $1 ORDER BY created_at LIMIT 1',
        [owner.id],
      );
      ownerNotificationId = row?.id ?? '';
      return row !== undefined;
    },
    { what: 'the owner’s join-request notification' },
  );

  const people: World['people'] = {
    owner,
    moderator,
    member,
    pending,
    banned,
    outsider,
    suspended: suspendedNow,
    admin,
    poster,
    organiser,
  };

  const freshInGroup = async (standing: GroupStanding) => {
    const actor = await freshMember();
    const [row] = await platform.db.query<{ id: string }>(
      `INSERT INTO group_memberships (group_id, member_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id`,
      [groupId, actor.id, standing.role, standing.status],
    );
    return { ...actor, membershipId: row.id };
  };

  return {
    platform,
    people,
    groupId,
    threadId,
    posterMessageId,
    lockedThreadId,
    spareThreadId,
    directThreadId,
    ownMessages,
    groupEventId: groupEvent.id,
    platformEventId: platformEvent.id,
    ownerNotificationId,
    hiddenThreadId,
    hiddenGroupEventId: hiddenGroupEvent.id,
    hiddenPlatformEventId: hiddenPlatformEvent.id,
    hiddenGroup,
    groupReportId,
    memberReportId,
    moderatorReportId,
    topicSlug: createTopic.slug,
    viewer: (kind) => (kind === 'anonymous' ? null : people[kind]),
    twin: async (kind) => {
      if (kind === 'anonymous') return null;
      if (kind === 'suspended') return people.suspended;
      if (kind === 'admin') return freshMember({ role: 'ADMIN' });
      const standing = STANDINGS[kind];
      return standing ? freshInGroup(standing) : freshMember();
    },
    freshMember,
    freshInGroup,
    write,
    freshReport: async (author = poster) => {
      const messageId = await write(author, threadId, `Reported ${randomUUID()}`);
      const reporter = await freshInGroup({ role: 'MEMBER', status: 'ACTIVE' });
      const { report: made } = await gql<{ report: { id: string } }>(
        reporter,
        'mutation($id: ID!) { report(input: { subjectType: MESSAGE, subjectId: $id, reason: "Unkind" }) { id } }',
        { id: messageId },
      );
      return { reportId: made.id, messageId };
    },
    gql,
    session,
  };
}
