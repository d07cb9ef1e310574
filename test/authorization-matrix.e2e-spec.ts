// The authorization matrix (issue 8, item 5): every query, mutation and client-to-server socket event, asked by every
// kind of viewer, against the answer the product should give. The operations come from the committed contracts
// (schema/schema.graphql, schema/realtime.asyncapi.yaml): an operation added without a row here fails the first test.
//
// The viewers stand around one PRIVATE group (test/support/authorization-world.ts): its owner, a moderator, a member,
// a pending requester, a banned member, an outsider (a member not in it), a suspended member (whose token is refused),
// an admin (not in the group), and an anonymous caller. Each row says, per viewer, 'OK' (no errors) or the
// `extensions.code` it must get: UNAUTHENTICATED for anonymous and suspended callers (except the public sign-in
// operations), NOT_FOUND where the thing may not be seen, FORBIDDEN where it may be seen but not done.
//
// Rows whose operation changes the viewer themselves (leaving, deleting the account, changing the password) act as a
// "twin": a new person of the same kind. Rows whose operation changes its target make a new target for each viewer.
//
// Adding an operation: add a row to GRAPHQL (or SOCKET) with what each viewer SHOULD get. Where the code disagrees
// and the team has not yet decided, list the cell in KNOWN with what it does now and why it is open.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import type { Socket } from 'socket.io-client';
import { parse } from 'yaml';
import {
  buildWorld,
  SIGNED_IN_KINDS,
  tokenHash,
  VIEWER_KINDS,
  type Actor,
  type SignedInKind,
  type ViewerKind,
  type World,
} from './support/authorization-world.js';
import { createEventAs, daysFromNow } from './support/events.js';
import { MEMBER_PASSWORD } from './support/member-factory.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { until } from './support/until.js';

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
type Outcome = 'OK' | Code;
type Expectation = Record<ViewerKind, Outcome>;

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Who sends it, when not the viewer themselves (a twin); null: no token. */
  as?: Actor | null;
}

interface GraphqlCase {
  /** What the case acts on, when an operation has more than one case. */
  on?: string;
  request(kind: ViewerKind): GraphqlRequest | Promise<GraphqlRequest>;
  expect: Expectation;
  /** For a viewer answered OK: what is wrong with the answer, if anything (a list showing what it should not). */
  check?(kind: ViewerKind, data: Record<string, unknown>): string | undefined;
}

interface SocketCase {
  on?: string;
  payload(kind: SignedInKind): object | Promise<object>;
  expect: Record<SignedInKind, Outcome>;
}

/** An event with no acknowledgement (typing): whether the others in the thread hear it. */
interface UnacknowledgedEvent {
  payload(): object;
  heard: Record<SignedInKind, boolean>;
}

/** A cell where the code disagrees with the row and the team is still to decide: what it does now, and why. */
interface Known {
  operation: string;
  on?: string;
  viewer: ViewerKind;
  actual: string;
  why: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Who gets what.

const each = (outcome: Outcome): Record<SignedInKind, Outcome> => ({
  member: outcome,
  outsider: outcome,
  pending: outcome,
  moderator: outcome,
  owner: outcome,
  banned: outcome,
  admin: outcome,
});
/** An operation for signed-in members: anonymous and suspended callers are refused. */
const signedIn = (outcomes: Record<SignedInKind, Outcome>): Expectation => ({
  anonymous: 'UNAUTHENTICATED',
  suspended: 'UNAUTHENTICATED',
  ...outcomes,
});
/** An operation open to anyone (signing in and its kin). */
const anyoneMay = (exceptions: Partial<Expectation> = {}): Expectation => ({
  anonymous: 'OK',
  suspended: 'OK',
  ...each('OK'),
  ...exceptions,
});

const EVERY_MEMBER = signedIn(each('OK'));
const ADMINS_ONLY = signedIn({ ...each('FORBIDDEN'), admin: 'OK' });
/** The group's content: its active members and admins; not even seen by outsiders, requesters and the banned. */
const GROUP_READERS = signedIn({
  ...each('NOT_FOUND'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Posting in the group (which everyone may see): its active members and admins. */
const GROUP_POSTERS = signedIn({
  ...each('FORBIDDEN'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Moderating the group's content: members see it but may not; the rest may not see it. */
const CONTENT_MODERATORS = signedIn({
  ...each('NOT_FOUND'),
  member: 'FORBIDDEN',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Moderating the group itself (a private group is seen by every member). */
const GROUP_MODERATORS = signedIn({ ...each('FORBIDDEN'), moderator: 'OK', owner: 'OK', admin: 'OK' });
const GROUP_OWNERS = signedIn({ ...each('FORBIDDEN'), owner: 'OK', admin: 'OK' });
/** Reports and hidden content of the group: those who handle them; nobody else may see them. */
const REPORT_HANDLERS = signedIn({ ...each('NOT_FOUND'), moderator: 'OK', owner: 'OK', admin: 'OK' });
/** The member's conversation with the outsider: theirs alone, not even the admins'. */
const CONVERSATION = signedIn({ ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' });

const READS_GROUP: ReadonlySet<ViewerKind> = new Set(['member', 'moderator', 'owner', 'admin']);
const IN_GROUP: ReadonlySet<ViewerKind> = new Set(['member', 'moderator', 'owner']);
/** Those who may not see the hidden group (whatever the owner's and moderators' answer turns out to be). */
const OUTSIDE_HIDDEN_GROUP: ReadonlySet<ViewerKind> = new Set(['member', 'outsider', 'pending', 'banned']);

// ---------------------------------------------------------------------------------------------------------------
// Where the code does not (yet) do what the row says, and the team is to decide.

const HIDDEN_GROUP_FOR_ITS_MODERATORS =
  'The README (Moderation) says a hidden group is gone "for everyone but its moderators and the admins"; ' +
  'GroupAccess hides it from everyone but admins, its owners and moderators included.';
const KNOWN: Known[] = [
  ...(['member', 'outsider', 'pending', 'banned'] as const).map((viewer): Known => ({
    operation: 'decideJoinRequest',
    on: 'someone else’s request',
    viewer,
    actual: 'FORBIDDEN',
    why:
      'A join request is seen only by those who decide it, so API.md’s rule says NOT_FOUND; the code refuses ' +
      'with the group’s FORBIDDEN (as inviteToGroup and removeFromGroup do), while resolveReport answers NOT_FOUND.',
  })),
  ...(['owner', 'moderator'] as const).flatMap((viewer): Known[] => [
    {
      operation: 'group',
      on: 'a group hidden by an admin',
      viewer,
      actual: 'NOT_FOUND',
      why: HIDDEN_GROUP_FOR_ITS_MODERATORS,
    },
    {
      operation: 'thread',
      on: 'a thread of a group hidden by an admin',
      viewer,
      actual: 'NOT_FOUND',
      why: HIDDEN_GROUP_FOR_ITS_MODERATORS,
    },
  ]),
];

// ---------------------------------------------------------------------------------------------------------------
// The rows.

let platform: TestPlatform;
let w: World;

const unique = () => randomUUID().slice(0, 8);
const edgeIds = (connection: unknown): string[] =>
  (connection as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
/** A problem unless `ids` holds `id` exactly when `should`. */
const listed = (ids: string[], id: string, should: boolean, what: string): string | undefined =>
  ids.includes(id) === should ? undefined : `${what} ${should ? 'missing from' : 'shown in'} the list`;
const anyone = async (kind: ViewerKind): Promise<Actor> => w.viewer(kind) ?? (await w.freshMember());

const eventInput = (extra: Record<string, unknown> = {}) => ({
  title: `Matrix evening ${unique()}`,
  description: 'An evening the matrix plans.',
  startsAt: daysFromNow(12),
  endsAt: daysFromNow(12, 2),
  timezone: 'Europe/London',
  format: 'ONLINE',
  onlineUrl: 'https://meet.example.org/matrix',
  ...extra,
});
const freshGroupEvent = async () =>
  (await createEventAs(platform, w.people.owner, { groupId: w.groupId })).id;
const freshPlatformEvent = async () => (await createEventAs(platform, w.people.organiser)).id;

const EVENT = 'query($id: ID!) { event(id: $id) { id onlineUrl attendees { balanceSummary } } }';
/** A problem unless the event's link and attendees are shown exactly to whom they should be. */
const eventFields = (data: Record<string, unknown>, shown: { onlineUrl: boolean; attendees: boolean }) => {
  const event = data.event as { onlineUrl: string | null; attendees: unknown };
  if ((event.onlineUrl !== null) !== shown.onlineUrl) return `the online link is ${event.onlineUrl}`;
  if ((event.attendees !== null) !== shown.attendees)
    return `the attendees are ${JSON.stringify(event.attendees)}`;
  return undefined;
};

const RESOLVE = `mutation($id: ID!, $action: ReportAction!) { resolveReport(id: $id, action: $action) { id status } }`;
const REPORT = `mutation($type: ReportSubjectType!, $id: ID!) {
  report(input: { subjectType: $type, subjectId: $id, reason: "Checked by the matrix" }) { id } }`;

const GRAPHQL: Record<string, GraphqlCase | GraphqlCase[]> = {
  // Queries -------------------------------------------------------------------------------------------------------
  auditLog: {
    request: () => ({ query: '{ auditLog(first: 5) { edges { node { id } } } }' }),
    expect: ADMINS_ONLY,
  },
  blockedMembers: { request: () => ({ query: '{ blockedMembers { id } }' }), expect: EVERY_MEMBER },
  cohorts: { request: () => ({ query: '{ cohorts { id } }' }), expect: EVERY_MEMBER },
  consentWording: {
    request: () => ({ query: '{ consentWording(kind: LIVED_EXPERIENCE) }' }),
    expect: EVERY_MEMBER,
  },
  event: [
    {
      on: 'a platform event',
      request: () => ({ query: EVENT, variables: { id: w.platformEventId } }),
      expect: EVERY_MEMBER,
      // Nobody is going yet: the link and the attendees are for those who run it.
      check: (kind, data) => eventFields(data, { onlineUrl: kind === 'admin', attendees: kind === 'admin' }),
    },
    {
      on: 'the group’s event',
      request: () => ({ query: EVENT, variables: { id: w.groupEventId } }),
      expect: GROUP_READERS,
      // Everyone is going: the link for those who may see it; the attendees for those who run it.
      check: (kind, data) => eventFields(data, { onlineUrl: true, attendees: kind !== 'member' }),
    },
    {
      on: 'the group’s event, hidden by its owner',
      request: () => ({ query: EVENT, variables: { id: w.hiddenGroupEventId } }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a platform event hidden by an admin',
      request: () => ({ query: EVENT, variables: { id: w.hiddenPlatformEventId } }),
      expect: signedIn({ ...each('NOT_FOUND'), admin: 'OK' }),
    },
  ],
  eventAttendeesCsv: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  events: {
    request: () => ({ query: '{ events(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(edgeIds(data.events), w.groupEventId, READS_GROUP.has(kind), 'the group’s event') ??
      listed(edgeIds(data.events), w.platformEventId, true, 'the platform event') ??
      (OUTSIDE_HIDDEN_GROUP.has(kind)
        ? listed(edgeIds(data.events), w.hiddenGroup.eventId, false, 'the hidden group’s event')
        : undefined),
  },
  exportMyData: { request: () => ({ query: '{ exportMyData }' }), expect: EVERY_MEMBER },
  group: [
    {
      on: 'the group',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { id name } }',
        variables: { id: w.groupId },
      }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'its members',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { members(first: 5) { edges { node { id } } } } }',
        variables: { id: w.groupId },
      }),
      expect: GROUP_POSTERS,
    },
    {
      on: 'its events',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { events { id } } }',
        variables: { id: w.groupId },
      }),
      expect: EVERY_MEMBER,
      // Empty for those who may not read the group.
      check: (kind, data) =>
        listed(
          (data.group as { events: Array<{ id: string }> }).events.map((e) => e.id),
          w.groupEventId,
          READS_GROUP.has(kind),
          'the group’s event',
        ),
    },
    {
      on: 'a group hidden by an admin',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { id } }',
        variables: { id: w.hiddenGroup.id },
      }),
      // "A thread, event or group is gone for everyone but its moderators and the admins" (README, Moderation).
      expect: REPORT_HANDLERS,
    },
    {
      on: 'its join requests',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { joinRequests(first: 5) { edges { node { id } } } } }',
        variables: { id: w.groupId },
      }),
      expect: GROUP_MODERATORS,
    },
  ],
  groups: {
    request: () => ({ query: '{ groups(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    // A private group is listed for every member.
    check: (_kind, data) => listed(edgeIds(data.groups), w.groupId, true, 'the private group'),
  },
  me: {
    request: () => ({ query: '{ me { id email } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) => {
      const me = data.me as { id: string; email: string | null };
      return me.id === w.viewer(kind)!.id && me.email ? undefined : `me is ${JSON.stringify(me)}`;
    },
  },
  member: [
    {
      on: 'the poster',
      request: () => ({
        query: 'query($id: ID!) { member(id: $id) { id email } }',
        variables: { id: w.people.poster.id },
      }),
      expect: EVERY_MEMBER,
      // The e-mail address is for the member and admins.
      check: (kind, data) => {
        const email = (data.member as { email: string | null }).email;
        return (email !== null) === (kind === 'admin') ? undefined : `the poster's e-mail is ${email}`;
      },
    },
    {
      on: 'the member, with their groups',
      request: () => ({
        query: 'query($id: ID!) { member(id: $id) { id groups { id } } }',
        variables: { id: w.people.member.id },
      }),
      expect: EVERY_MEMBER,
      // Their private group is listed for everyone; the group hidden by an admin for nobody who may not see it.
      check: (kind, data) => {
        const groups = (data.member as { groups: Array<{ id: string }> }).groups.map((g) => g.id);
        return (
          listed(groups, w.groupId, true, 'the private group') ??
          (OUTSIDE_HIDDEN_GROUP.has(kind)
            ? listed(groups, w.hiddenGroup.id, false, 'the group hidden by an admin')
            : undefined)
        );
      },
    },
  ],
  members: { request: () => ({ query: '{ members(first: 5) { totalCount } }' }), expect: EVERY_MEMBER },
  myEvents: {
    request: () => ({ query: '{ myEvents { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    // All of them said they would go to the group's event while they were in the group.
    check: (kind, data) =>
      listed(edgeIds(data.myEvents), w.groupEventId, READS_GROUP.has(kind), 'the group’s event'),
  },
  myPairings: { request: () => ({ query: '{ myPairings { id } }' }), expect: EVERY_MEMBER },
  myThreads: {
    request: () => ({ query: '{ myThreads(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(edgeIds(data.myThreads), w.threadId, IN_GROUP.has(kind), 'the group’s thread') ??
      listed(edgeIds(data.myThreads), w.hiddenThreadId, false, 'the hidden thread') ??
      (OUTSIDE_HIDDEN_GROUP.has(kind)
        ? listed(edgeIds(data.myThreads), w.hiddenGroup.threadId, false, 'the hidden group’s thread')
        : undefined),
  },
  notificationPreferences: {
    request: () => ({ query: '{ notificationPreferences { kind channel } }' }),
    expect: EVERY_MEMBER,
  },
  notifications: {
    request: () => ({ query: '{ notifications(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(
        edgeIds(data.notifications),
        w.ownerNotificationId,
        kind === 'owner',
        'the owner’s notification',
      ),
  },
  regions: { request: () => ({ query: '{ regions { code } }' }), expect: EVERY_MEMBER },
  reports: {
    request: () => ({ query: '{ reports(first: 100) { edges { node { id } } } }' }),
    expect: GROUP_MODERATORS,
    check: (kind, data) =>
      listed(edgeIds(data.reports), w.groupReportId, true, 'the report of the group’s message') ??
      listed(edgeIds(data.reports), w.memberReportId, kind === 'admin', 'the report of a member'),
  },
  suggestedPeers: {
    request: () => ({ query: '{ suggestedPeers(first: 3) { score } }' }),
    expect: EVERY_MEMBER,
  },
  thread: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id messages(first: 5) { edges { node { id } } } } }',
        variables: { id: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id messages(first: 5) { edges { node { id } } } } }',
        variables: { id: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
    {
      on: 'a thread hidden by its moderators',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id } }',
        variables: { id: w.hiddenThreadId },
      }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a thread of a group hidden by an admin',
      request: () => ({
        query: 'query($id: ID!) { thread(id: $id) { id } }',
        variables: { id: w.hiddenGroup.threadId },
      }),
      expect: REPORT_HANDLERS,
    },
  ],
  topics: { request: () => ({ query: '{ topics { slug } }' }), expect: EVERY_MEMBER },
  unreadNotificationCount: {
    request: () => ({ query: '{ unreadNotificationCount }' }),
    expect: EVERY_MEMBER,
  },

  // Signing in: open to anyone --------------------------------------------------------------------------------------
  login: {
    request: async (kind) => {
      const who = await anyone(kind);
      return {
        query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: who.email, password: who.password } },
      };
    },
    // A suspended member cannot sign in.
    expect: anyoneMay({ suspended: 'UNAUTHENTICATED' }),
  },
  logout: {
    request: async (kind) => ({
      query: 'mutation($r: String!) { logout(refreshToken: $r) }',
      variables: { r: (await w.session((await anyone(kind)).id)).refreshToken },
    }),
    expect: anyoneMay(),
  },
  refreshSession: {
    request: async (kind) => ({
      query: 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      variables: { r: (await w.session((await anyone(kind)).id)).refreshToken },
    }),
    expect: anyoneMay({ suspended: 'UNAUTHENTICATED' }),
  },
  register: {
    request: async () => {
      const email = `matrix-${unique()}@example.org`;
      const { createInvitation } = await w.gql<{ createInvitation: { token: string } }>(
        w.people.admin,
        'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
        { e: email },
      );
      return {
        query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        variables: {
          i: {
            invitationToken: createInvitation.token,
            email,
            password: 'a newcomer passphrase',
            displayName: 'Matrix Newcomer',
          },
        },
      };
    },
    expect: anyoneMay(),
  },
  requestPasswordReset: {
    request: async (kind) => ({
      query: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
      variables: { e: (await anyone(kind)).email },
    }),
    expect: anyoneMay(),
  },
  resetPassword: {
    request: async () => {
      const forgetful = await w.freshMember();
      const token = randomUUID();
      await platform.db.query(
        `INSERT INTO password_reset_tokens (member_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [forgetful.id, tokenHash(token)],
      );
      return {
        query: 'mutation($t: String!) { resetPassword(token: $t, password: "remembered at last") }',
        variables: { t: token },
      };
    },
    expect: anyoneMay(),
  },

  // The viewer's own account -----------------------------------------------------------------------------------
  changePassword: {
    request: async (kind) => ({
      query:
        'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a fresh passphrase now") }',
      variables: { c: MEMBER_PASSWORD },
      as: await w.twin(kind),
    }),
    expect: EVERY_MEMBER,
  },
  deleteMyAccount: {
    request: async (kind) => ({
      query: 'mutation($p: String!) { deleteMyAccount(password: $p) }',
      variables: { p: MEMBER_PASSWORD },
      as: await w.twin(kind),
    }),
    expect: EVERY_MEMBER,
  },
  rotateCalendarFeedToken: {
    request: () => ({ query: 'mutation { rotateCalendarFeedToken }' }),
    expect: EVERY_MEMBER,
  },
  updateNotificationPreferences: {
    request: () => ({
      query: `mutation { updateNotificationPreferences(input: { preferences: [{ kind: MENTION, channel: IN_APP }] }) {
        kind channel } }`,
    }),
    expect: EVERY_MEMBER,
  },
  updateProfile: {
    request: () => ({
      query: 'mutation { updateProfile(input: { headline: "Checked by the matrix" }) { id } }',
    }),
    expect: EVERY_MEMBER,
  },
  withdrawConsent: {
    request: () => ({ query: 'mutation { withdrawConsent(kind: LIVED_EXPERIENCE) { id } }' }),
    expect: EVERY_MEMBER,
  },
  markNotificationsRead: {
    request: () => ({
      query: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      variables: { ids: [w.ownerNotificationId] },
    }),
    expect: EVERY_MEMBER,
    // Only the owner's own notification is theirs to mark.
    check: (kind, data) =>
      kind === 'owner' || data.markNotificationsRead === 0
        ? undefined
        : `marked ${String(data.markNotificationsRead)} of the owner's notifications`,
  },

  // Other members ----------------------------------------------------------------------------------------------
  blockMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { blockMember(memberId: $m) }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },
  unblockMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { unblockMember(memberId: $m) }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },
  requestPairing: {
    request: async () => ({
      query: 'mutation($m: ID!) { requestPairing(memberId: $m, message: "Shall we?") { id } }',
      variables: { m: (await w.freshMember({ openToPairing: true })).id },
    }),
    expect: EVERY_MEMBER,
  },
  respondToPairing: [
    {
      on: 'a request to the member',
      request: async () => {
        const asker = await w.freshMember();
        const { requestPairing } = await w.gql<{ requestPairing: { id: string } }>(
          asker,
          'mutation($m: ID!) { requestPairing(memberId: $m) { id } }',
          { m: w.people.member.id },
        );
        return {
          query: 'mutation($id: ID!) { respondToPairing(requestId: $id, accept: false) { id status } }',
          variables: { id: requestPairing.id },
        };
      },
      expect: signedIn({ ...each('NOT_FOUND'), member: 'OK' }),
    },
    {
      on: 'their own request (as the asker)',
      request: async (kind) => {
        const asker = w.viewer(kind) ?? (await w.freshMember());
        const { requestPairing } = await w.gql<{ requestPairing: { id: string } }>(
          kind === 'suspended' ? await w.freshMember() : asker,
          'mutation($m: ID!) { requestPairing(memberId: $m) { id } }',
          { m: (await w.freshMember({ openToPairing: true })).id },
        );
        return {
          query: 'mutation($id: ID!) { respondToPairing(requestId: $id, accept: true) { id status } }',
          variables: { id: requestPairing.id },
        };
      },
      // They see it (myPairings) but only the person asked answers it.
      expect: signedIn(each('FORBIDDEN')),
    },
  ],
  startDirectThread: {
    request: async () => ({
      query: 'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },

  // The group --------------------------------------------------------------------------------------------------
  createGroup: {
    request: () => ({
      query: 'mutation($n: String!) { createGroup(input: { name: $n }) { id } }',
      variables: { n: `Matrix group ${unique()}` },
    }),
    expect: EVERY_MEMBER,
  },
  updateGroup: {
    request: () => ({
      query: 'mutation($g: ID!) { updateGroup(id: $g, input: { description: "Kept by the matrix" }) { id } }',
      variables: { g: w.groupId },
    }),
    expect: GROUP_OWNERS,
  },
  joinGroup: {
    request: async (kind) => ({
      query: 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }',
      variables: { g: w.groupId },
      as: await w.twin(kind),
    }),
    // Members already in get their membership; outsiders ask; the banned cannot come back; admins are in at once.
    expect: signedIn({ ...each('OK'), banned: 'FORBIDDEN' }),
  },
  leaveGroup: {
    request: async (kind) => ({
      query: 'mutation($g: ID!) { leaveGroup(groupId: $g) }',
      variables: { g: w.groupId },
      as: await w.twin(kind),
    }),
    expect: EVERY_MEMBER,
  },
  acceptGroupInvitation: {
    on: 'the viewer’s own (no invitation)',
    request: () => ({
      query: 'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      variables: { g: w.groupId },
    }),
    // Those in the group are in already; nobody else was invited.
    expect: signedIn({ ...each('NOT_FOUND'), member: 'OK', moderator: 'OK', owner: 'OK' }),
  },
  inviteToGroup: {
    request: async () => ({
      query: 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      variables: { g: w.groupId, m: (await w.freshMember()).id },
    }),
    expect: GROUP_MODERATORS,
  },
  decideJoinRequest: {
    on: 'someone else’s request',
    request: async () => ({
      query: 'mutation($id: ID!) { decideJoinRequest(membershipId: $id, approve: true) { status } }',
      variables: { id: (await w.freshInGroup({ role: 'MEMBER', status: 'PENDING' })).membershipId },
    }),
    // A join request is seen only by those who decide it (Group.joinRequests): to anyone else it is not there.
    expect: REPORT_HANDLERS,
  },
  setGroupRole: {
    request: async () => ({
      query:
        'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
      variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' })).id },
    }),
    expect: GROUP_OWNERS,
  },
  removeFromGroup: [
    {
      on: 'a member',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' })).id },
      }),
      expect: GROUP_MODERATORS,
    },
    {
      on: 'a moderator',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MODERATOR', status: 'ACTIVE' })).id },
      }),
      expect: GROUP_OWNERS,
    },
    {
      on: 'an owner (a second one)',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'OWNER', status: 'ACTIVE' })).id },
      }),
      // Owners first make them a member; admins may act on any group.
      expect: signedIn({ ...each('FORBIDDEN'), admin: 'OK' }),
    },
  ],

  // Discussions ------------------------------------------------------------------------------------------------
  createThread: {
    request: () => ({
      query:
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "From the matrix", body: "Hello" }) { id } }',
      variables: { g: w.groupId },
    }),
    expect: GROUP_POSTERS,
  },
  postMessage: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a locked thread',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.lockedThreadId },
      }),
      expect: CONTENT_MODERATORS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the matrix" }) { id } }',
        variables: { t: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
  ],
  editMessage: [
    {
      on: 'someone else’s message',
      request: () => ({
        query: 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }',
        variables: { id: w.posterMessageId, b: `Edited ${unique()}` },
      }),
      expect: signedIn({
        ...each('NOT_FOUND'),
        member: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        owner: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      }),
    },
    {
      on: 'their own message',
      request: (kind) => ({
        query: 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }',
        variables: {
          id: kind === 'anonymous' ? w.posterMessageId : w.ownMessages[kind].edit,
          b: `Edited ${unique()}`,
        },
      }),
      expect: GROUP_READERS,
    },
  ],
  deleteMessage: [
    {
      on: 'someone else’s message',
      request: async () => ({
        query: 'mutation($id: ID!) { deleteMessage(id: $id) { id deleted } }',
        variables: { id: await w.write(w.people.poster, w.threadId) },
      }),
      expect: CONTENT_MODERATORS,
    },
    {
      on: 'their own message',
      request: (kind) => ({
        query: 'mutation($id: ID!) { deleteMessage(id: $id) { id deleted } }',
        variables: { id: kind === 'anonymous' ? w.posterMessageId : w.ownMessages[kind].delete },
      }),
      expect: GROUP_READERS,
    },
  ],
  toggleReaction: {
    request: () => ({
      query: 'mutation($id: ID!) { toggleReaction(messageId: $id, emoji: "👍") { emoji count } }',
      variables: { id: w.posterMessageId },
    }),
    expect: GROUP_READERS,
  },
  markThreadRead: [
    {
      on: 'the group’s thread',
      request: () => ({
        query: 'mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) }',
        variables: { t: w.threadId },
      }),
      expect: GROUP_READERS,
    },
    {
      on: 'a conversation',
      request: () => ({
        query: 'mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) }',
        variables: { t: w.directThreadId },
      }),
      expect: CONVERSATION,
    },
  ],
  pinThread: {
    request: () => ({
      query: 'mutation($t: ID!) { pinThread(threadId: $t, pinned: true) { id } }',
      variables: { t: w.spareThreadId },
    }),
    expect: CONTENT_MODERATORS,
  },
  lockThread: {
    request: () => ({
      query: 'mutation($t: ID!) { lockThread(threadId: $t, locked: true) { id } }',
      variables: { t: w.spareThreadId },
    }),
    expect: CONTENT_MODERATORS,
  },

  // Events -----------------------------------------------------------------------------------------------------
  createEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        variables: { i: eventInput() },
      }),
      // Organisers too (not a kind of viewer here).
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        variables: { i: eventInput({ groupId: w.groupId }) },
      }),
      expect: GROUP_MODERATORS,
    },
  ],
  updateEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query:
          'mutation($id: ID!) { updateEvent(id: $id, input: { description: "Kept by the matrix" }) { id } }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query:
          'mutation($id: ID!) { updateEvent(id: $id, input: { description: "Kept by the matrix" }) { id } }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  cancelEvent: [
    {
      on: 'a platform event',
      request: async () => ({
        query: 'mutation($id: ID!) { cancelEvent(id: $id, reason: "The matrix") { status } }',
        variables: { id: await freshPlatformEvent() },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: async () => ({
        query: 'mutation($id: ID!) { cancelEvent(id: $id, reason: "The matrix") { status } }',
        variables: { id: await freshGroupEvent() },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  announceEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($id: ID!) { announceEvent(eventId: $id, message: "News from the matrix") { id } }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($id: ID!) { announceEvent(eventId: $id, message: "News from the matrix") { id } }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  rsvp: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { status } }',
        variables: { id: w.platformEventId },
      }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { status } }',
        variables: { id: w.groupEventId },
      }),
      expect: GROUP_READERS,
    },
  ],

  // Moderation -------------------------------------------------------------------------------------------------
  report: [
    {
      on: 'a message of the group',
      request: () => ({ query: REPORT, variables: { type: 'MESSAGE', id: w.posterMessageId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group’s thread',
      request: () => ({ query: REPORT, variables: { type: 'THREAD', id: w.threadId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group’s event',
      request: () => ({ query: REPORT, variables: { type: 'EVENT', id: w.groupEventId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group',
      request: () => ({ query: REPORT, variables: { type: 'GROUP', id: w.groupId } }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'a member',
      request: () => ({ query: REPORT, variables: { type: 'MEMBER', id: w.people.poster.id } }),
      expect: EVERY_MEMBER,
    },
  ],
  resolveReport: [
    {
      on: 'a report of the group’s message, dismissed',
      request: async () => ({
        query: RESOLVE,
        variables: { id: (await w.freshReport()).reportId, action: 'DISMISS' },
      }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a report of the group’s message, its author suspended',
      request: async () => {
        const author = await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' });
        return {
          query: RESOLVE,
          variables: { id: (await w.freshReport(author)).reportId, action: 'SUSPEND_MEMBER' },
        };
      },
      // Moderators handle the report, but only admins suspend.
      expect: signedIn({ ...each('NOT_FOUND'), moderator: 'FORBIDDEN', owner: 'FORBIDDEN', admin: 'OK' }),
    },
    {
      on: 'a report of a member (for admins)',
      request: async () => {
        const [reporter, reported] = await Promise.all([w.freshMember(), w.freshMember()]);
        const { report } = await w.gql<{ report: { id: string } }>(reporter, REPORT, {
          type: 'MEMBER',
          id: reported.id,
        });
        return { query: RESOLVE, variables: { id: report.id, action: 'DISMISS' } };
      },
      expect: signedIn({ ...each('NOT_FOUND'), admin: 'OK' }),
    },
  ],
  restoreContent: {
    on: 'a message of the group hidden by its owner',
    request: async () => {
      const { reportId, messageId } = await w.freshReport();
      await w.gql(w.people.owner, RESOLVE, { id: reportId, action: 'HIDE_CONTENT' });
      return {
        query: 'mutation($id: ID!) { restoreContent(subjectType: MESSAGE, subjectId: $id) }',
        variables: { id: messageId },
      };
    },
    expect: REPORT_HANDLERS,
  },
  suspendMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { suspendMember(memberId: $m, reason: "The matrix") }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: ADMINS_ONLY,
  },
  reinstateMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { reinstateMember(memberId: $m, reason: "The matrix") }',
      variables: { m: (await w.freshMember({ status: 'SUSPENDED' })).id },
    }),
    expect: ADMINS_ONLY,
  },

  // Admins' lists ----------------------------------------------------------------------------------------------
  createInvitation: {
    request: () => ({
      query: 'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
      variables: { e: `invited-${unique()}@example.org` },
    }),
    // Organisers too (not a kind of viewer here).
    expect: ADMINS_ONLY,
  },
  createTopic: {
    request: () => ({
      query: 'mutation($n: String!) { createTopic(input: { name: $n }) { slug } }',
      variables: { n: `Matrix topic ${unique()}` },
    }),
    expect: ADMINS_ONLY,
  },
  renameTopic: {
    request: () => ({
      query: 'mutation($s: String!, $n: String!) { renameTopic(slug: $s, name: $n) { slug } }',
      variables: { s: w.topicSlug, n: `Matrix topic renamed ${unique()}` },
    }),
    expect: ADMINS_ONLY,
  },
  createCohort: {
    request: () => ({
      query: 'mutation($n: String!, $y: Int!) { createCohort(input: { name: $n, year: $y }) { id } }',
      variables: { n: `Matrix cohort ${unique()}`, y: new Date().getUTCFullYear() },
    }),
    expect: ADMINS_ONLY,
  },
};

// The socket: against the group's thread (and the conversation), for every kind that can connect.
const SOCKET_READERS: Record<SignedInKind, Outcome> = {
  ...each('NOT_FOUND'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
};
const ownMessage = (kind: SignedInKind, which: 'socketEdit' | 'socketDelete') => w.ownMessages[kind][which];

const SOCKET: Record<string, SocketCase[] | UnacknowledgedEvent> = {
  'thread:join': [
    { on: 'the group’s thread', payload: () => ({ threadId: w.threadId }), expect: SOCKET_READERS },
    {
      on: 'a conversation',
      payload: () => ({ threadId: w.directThreadId }),
      expect: { ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' },
    },
  ],
  'thread:leave': [{ payload: () => ({ threadId: w.threadId }), expect: each('OK') }],
  'message:send': [
    {
      on: 'the group’s thread',
      payload: () => ({ threadId: w.threadId, body: 'Sent by the matrix' }),
      expect: SOCKET_READERS,
    },
    {
      on: 'a conversation',
      payload: () => ({ threadId: w.directThreadId, body: 'Sent by the matrix' }),
      expect: { ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' },
    },
  ],
  'message:edit': [
    {
      on: 'someone else’s message',
      payload: () => ({ messageId: w.posterMessageId, body: `Edited ${unique()}` }),
      expect: {
        ...each('NOT_FOUND'),
        member: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        owner: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
    },
    {
      on: 'their own message',
      payload: (kind) => ({ messageId: ownMessage(kind, 'socketEdit'), body: `Edited ${unique()}` }),
      expect: SOCKET_READERS,
    },
  ],
  'message:delete': [
    {
      on: 'someone else’s message',
      payload: async () => ({ messageId: await w.write(w.people.poster, w.threadId) }),
      expect: { ...each('NOT_FOUND'), member: 'FORBIDDEN', moderator: 'OK', owner: 'OK', admin: 'OK' },
    },
    {
      on: 'their own message',
      payload: (kind) => ({ messageId: ownMessage(kind, 'socketDelete') }),
      expect: SOCKET_READERS,
    },
  ],
  'reaction:toggle': [
    { payload: () => ({ messageId: w.posterMessageId, emoji: '🎉' }), expect: SOCKET_READERS },
  ],
  'thread:read': [{ payload: () => ({ threadId: w.threadId, seq: 1 }), expect: SOCKET_READERS }],
  typing: {
    payload: () => ({ threadId: w.threadId }),
    heard: {
      member: true,
      moderator: true,
      owner: true,
      admin: true,
      outsider: false,
      pending: false,
      banned: false,
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Judging.

const labelOf = (operation: string, on?: string) => (on ? `${operation} (${on})` : operation);

/** A problem unless `actual` is what the row (or KNOWN) says. */
function judge(
  operation: string,
  on: string | undefined,
  kind: ViewerKind,
  should: Outcome,
  actual: string,
  message?: string,
): string | undefined {
  const where = `${labelOf(operation, on)} as ${kind}`;
  const said = message ? ` (“${message}”)` : '';
  const known = KNOWN.find((k) => k.operation === operation && k.on === on && k.viewer === kind);
  if (known) {
    if (actual === should) return `${where}: now ${actual} as it should be: remove it from KNOWN`;
    return actual === known.actual
      ? undefined
      : `${where}: expected ${known.actual} (KNOWN; should be ${should}), got ${actual}${said}`;
  }
  return actual === should ? undefined : `${where}: expected ${should}, got ${actual}${said}`;
}

const casesOf = <T>(row: T | T[]): T[] => (Array.isArray(row) ? row : [row]);

async function runGraphqlCase(operation: string, c: GraphqlCase): Promise<string[]> {
  const problems = await Promise.all(
    VIEWER_KINDS.map(async (kind) => {
      const request = await c.request(kind);
      const as = request.as === undefined ? w.viewer(kind) : request.as;
      const response = await platform.graphql<Record<string, unknown>>(
        request.query,
        request.variables ?? {},
        as?.token,
      );
      const error = response.errors?.[0];
      const actual = error ? (error.extensions?.code ?? `no code (HTTP ${response.status})`) : 'OK';
      const said = error && [
        error.message,
        error.extensions?.fields && JSON.stringify(error.extensions.fields),
      ];
      const problem = judge(operation, c.on, kind, c.expect[kind], actual, said?.filter(Boolean).join(' '));
      if (problem || actual !== 'OK' || !c.check) return problem;
      const wrong = c.check(kind, response.data ?? {});
      return wrong && `${labelOf(operation, c.on)} as ${kind}: ${wrong}`;
    }),
  );
  return problems.filter((problem): problem is string => problem !== undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// The contracts.

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const graphqlOperations = [
  schema.getQueryType(),
  schema.getMutationType(),
  schema.getSubscriptionType(),
].flatMap((type) => (type ? Object.keys(type.getFields()) : []));

interface Contract {
  operations: Record<string, { action: 'send' | 'receive'; messages: Array<{ $ref: string }> }>;
  components: { messages: Record<string, { name: string }> };
}
const contract = parse(readFileSync('schema/realtime.asyncapi.yaml', 'utf8')) as Contract;
/** What clients send the service: the contract's `receive` operations, by event name. */
const socketEvents = Object.values(contract.operations)
  .filter((operation) => operation.action === 'receive')
  .flatMap((operation) => operation.messages)
  .map((message) => contract.components.messages[message.$ref.split('/').pop()!].name);

const graphqlChecks = Object.values(GRAPHQL).reduce(
  (sum, row) => sum + casesOf(row).length * VIEWER_KINDS.length,
  0,
);
const socketChecks = Object.values(SOCKET).reduce(
  (sum, row) => sum + (Array.isArray(row) ? row.length : 1) * SIGNED_IN_KINDS.length,
  0,
);

// ---------------------------------------------------------------------------------------------------------------

describe(`the authorization matrix (${graphqlChecks} GraphQL and ${socketChecks} socket checks)`, () => {
  beforeAll(async () => {
    platform = await startTestPlatform();
    w = await buildWorld(platform);
  });

  afterAll(() => platform?.close());

  it('has a row for every operation and socket event of the contracts, and none for anything else', () => {
    const missing = [
      ...graphqlOperations.filter((name) => !(name in GRAPHQL)).map((name) => `GraphQL ${name}: no row`),
      ...socketEvents.filter((name) => !(name in SOCKET)).map((name) => `socket ${name}: no row`),
    ];
    const stale = [
      ...Object.keys(GRAPHQL)
        .filter((name) => !graphqlOperations.includes(name))
        .map((name) => `GraphQL ${name}: a row, but no such operation`),
      ...Object.keys(SOCKET)
        .filter((name) => !socketEvents.includes(name))
        .map((name) => `socket ${name}: a row, but no such event`),
    ];
    const cases = new Set([
      ...Object.entries(GRAPHQL).flatMap(([name, row]) => casesOf(row).map((c) => labelOf(name, c.on))),
      ...Object.entries(SOCKET).flatMap(([name, row]) =>
        Array.isArray(row) ? row.map((c) => labelOf(name, c.on)) : [name],
      ),
    ]);
    const unknown = KNOWN.filter((k) => !cases.has(labelOf(k.operation, k.on))).map(
      (k) => `KNOWN ${labelOf(k.operation, k.on)}: no such case`,
    );
    expect([...missing, ...stale, ...unknown]).toEqual([]);
    expect(new Set(graphqlOperations).size).toBe(graphqlOperations.length);
  });

  describe('GraphQL', () => {
    for (const [operation, row] of Object.entries(GRAPHQL)) {
      it(operation, async () => {
        const problems: string[] = [];
        // One case after another (a case's viewers at once), so that no case sees another's doing.
        for (const c of casesOf(row)) problems.push(...(await runGraphqlCase(operation, c)));
        expect(problems).toEqual([]);
      });
    }
  });

  describe('the socket', () => {
    const sockets = {} as Record<SignedInKind, Socket>;
    let observer: Socket;
    const call = (socket: Socket, event: string, payload: object) =>
      socket.timeout(5000).emitWithAck(event, payload) as Promise<{
        ok: boolean;
        error?: { code: string; message: string };
      }>;

    beforeAll(async () => {
      await Promise.all(
        SIGNED_IN_KINDS.map(async (kind) => {
          sockets[kind] = platform.connectSocket(w.people[kind].token);
          await socketOutcome(sockets[kind]);
        }),
      );
      // The poster listens in the group's thread (what typing reaches).
      observer = platform.connectSocket(w.people.poster.token);
      await socketOutcome(observer);
      const joined = await call(observer, 'thread:join', { threadId: w.threadId });
      if (!joined.ok) throw new Error(`the poster could not join: ${JSON.stringify(joined)}`);
    });

    it('refuses anonymous and suspended callers at the connection', async () => {
      const outcomes = await Promise.all(
        [undefined, w.people.suspended.token].map((token) =>
          socketOutcome(platform.connectSocket(token)).catch((error: Error) => error.message),
        ),
      );
      expect({ anonymous: outcomes[0], suspended: outcomes[1] }).toEqual({
        anonymous: 'UNAUTHENTICATED',
        suspended: 'UNAUTHENTICATED',
      });
    });

    for (const [event, row] of Object.entries(SOCKET)) {
      it(event, async () => {
        const problems: string[] = [];
        if (Array.isArray(row)) {
          for (const c of row) {
            const found = await Promise.all(
              SIGNED_IN_KINDS.map(async (kind) => {
                const ack = await call(sockets[kind], event, await c.payload(kind));
                const actual = ack.ok ? 'OK' : (ack.error?.code ?? 'no code');
                return judge(event, c.on, kind, c.expect[kind], actual, ack.error?.message);
              }),
            );
            problems.push(...found.filter((problem): problem is string => problem !== undefined));
          }
        } else {
          // No acknowledgement: each viewer tries to join, then types; the poster hears whom?
          const heard = new Set<string>();
          observer.on('typing', (typing: { memberId: string }) => heard.add(typing.memberId));
          await Promise.all(SIGNED_IN_KINDS.map((kind) => call(sockets[kind], 'thread:join', row.payload())));
          SIGNED_IN_KINDS.forEach((kind) => sockets[kind].emit(event, row.payload()));
          const expected = SIGNED_IN_KINDS.filter((kind) => row.heard[kind]).map((kind) => w.people[kind].id);
          await until(() => expected.every((id) => heard.has(id)), { ms: 3000, what: 'typing' }).catch(
            () => {},
          );
          await new Promise((resolve) => setTimeout(resolve, 300));
          observer.off('typing');
          for (const kind of SIGNED_IN_KINDS) {
            const actual = heard.has(w.people[kind].id) ? 'heard' : 'not heard';
            const should = row.heard[kind] ? 'heard' : 'not heard';
            if (actual !== should) problems.push(`${event} as ${kind}: expected ${should}, got ${actual}`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
});
