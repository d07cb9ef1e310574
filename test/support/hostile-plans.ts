// The mutations test/abuse/hostile-input-mutations.ts throws hostile values at: every mutation of schema/schema.graphql,
// with its document, and the plans that tell who runs it and from which valid input (so that a hostile value in one
// field gets past every other check).
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLField } from 'graphql';
import { daysFromNow } from './events.js';
import {
  argumentsArbitrary,
  mutationDocument,
  UnknownInputType,
  type MutationUnderTest,
  type NamingContext,
} from './hostile-values.js';
import { validEventInput, type HostileWorld, type ViewerRole, type ViewerSet } from './hostile-world.js';
import { MEMBER_PASSWORD } from './member-factory.js';

export const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
export const mutationFields: Array<GraphQLField<unknown, unknown>> = Object.values(
  schema.getMutationType()!.getFields(),
);

/** How a mutation is run: by whom, from which valid input (spoilt one or two values at a time), what it may write. */
export interface Plan {
  /** Who runs it (most runs; the others get a run now and then). */
  viewers: ViewerRole[];
  /** New viewers for every run: its valid effects end sessions or accounts, or spend a budget. */
  perRun?: boolean;
  /** A valid input, to be spoilt. */
  valid?: (set: ViewerSet, world: HostileWorld) => Record<string, unknown>;
  /** Tables it writes on purpose even when it fails, and why. */
  exempt?: { tables: string[]; why: string };
}

export const anyone: ViewerRole[] = ['member', 'admin'];
const runners: ViewerRole[] = ['moderator', 'owner', 'admin', 'member'];

/**
 * The mutations the generic generator needs help with: who runs them and a valid input (so that a hostile value in
 * one field gets past every other check). A mutation not listed here is run by a member and an admin with
 * generated values only; one whose input types the generator does not know fails the first test until listed.
 */
export const PLANS: Record<string, Plan> = {
  acceptGroupInvitation: {
    viewers: ['stranger', 'member'],
    valid: (_s, w) => ({ groupId: w.groups.private }),
  },
  announceEvent: { viewers: runners, valid: (s) => ({ eventId: s.ownEvent, message: 'Bring a coat.' }) },
  blockMember: { viewers: anyone, valid: (_s, w) => ({ memberId: w.outsider.id }) },
  cancelEvent: { viewers: runners, valid: (s) => ({ id: s.ownEvent, reason: 'Snow' }) },
  changePassword: {
    viewers: ['member'],
    perRun: true,
    valid: () => ({ currentPassword: MEMBER_PASSWORD, newPassword: 'a brand new passphrase' }),
  },
  createCohort: { viewers: ['admin', 'member'], valid: () => ({ input: { name: 'Cohort 9', year: 2025 } }) },
  createEvent: {
    viewers: ['moderator', 'admin', 'member'],
    valid: (_s, w) => ({ input: { ...validEventInput(), groupId: w.groups.private } }),
  },
  createGroup: {
    viewers: anyone,
    valid: (s) => ({
      input: {
        name: 'A hostile circle',
        description: 'About us',
        visibility: 'PUBLIC',
        topicSlugs: s.pools.topics.slice(0, 2),
        regionCode: s.pools.regions[0],
        rules: 'Be kind',
        coverImageUrl: 'https://images.example.org/cover.png',
      },
    }),
  },
  createInvitation: {
    viewers: ['admin', 'member'],
    valid: (s) => ({
      input: { email: 'someone-new@example.org', role: 'MEMBER', cohortId: s.pools.cohorts[0] },
    }),
  },
  createThread: {
    viewers: ['member', 'stranger', 'admin'],
    valid: (_s, w) => ({ input: { groupId: w.groups.public, title: 'A new thread', body: 'Hello all' } }),
  },
  createTopic: { viewers: ['admin', 'member'], valid: () => ({ input: { name: 'A hostile topic' } }) },
  decideJoinRequest: {
    viewers: runners,
    valid: (s) => ({ membershipId: s.pendingMembershipId, approve: true }),
  },
  deleteMessage: { viewers: ['member', 'moderator', 'stranger'], valid: (s) => ({ id: s.ownMessages[1] }) },
  deleteMyAccount: {
    viewers: ['member', 'owner'],
    perRun: true,
    valid: () => ({ password: MEMBER_PASSWORD }),
  },
  endOtherSessions: { viewers: ['member'], perRun: true },
  endSession: { viewers: ['member'], perRun: true, valid: (s) => ({ id: s.member.spareSessionId }) },
  editMessage: { viewers: ['member', 'moderator'], valid: (s) => ({ id: s.ownMessages[0], body: 'Edited' }) },
  inviteToGroup: {
    viewers: runners,
    valid: (s) => ({ groupId: s.pools.groups[1], memberId: s.stranger.id }),
  },
  joinGroup: {
    viewers: ['stranger', 'member', 'admin'],
    valid: (_s, w) => ({ groupId: w.groups.private, message: 'May I join?' }),
  },
  leaveGroup: { viewers: ['member', 'stranger'], valid: (_s, w) => ({ groupId: w.groups.public }) },
  lockThread: { viewers: runners, valid: (s) => ({ threadId: s.ownThread, locked: true }) },
  login: {
    viewers: ['anonymous'],
    valid: (s) => ({ input: { email: s.member.email, password: MEMBER_PASSWORD } }),
  },
  logout: {
    viewers: ['member', 'anonymous'],
    perRun: true,
    valid: (s) => ({ refreshToken: s.member.spareRefreshToken }),
  },
  markNotificationsRead: { viewers: ['member'], valid: (s) => ({ ids: [s.notificationId] }) },
  markThreadRead: { viewers: ['member', 'stranger'], valid: (s) => ({ threadId: s.ownThread, seq: 1 }) },
  pinThread: { viewers: runners, valid: (s) => ({ threadId: s.ownThread, pinned: true }) },
  postMessage: {
    viewers: ['member', 'stranger', 'admin'],
    valid: (s) => ({
      input: {
        threadId: s.ownThread,
        body: 'Hello @hostile-owner',
        parentId: s.ownMessages[0],
        clientId: 'c-1',
      },
    }),
  },
  refreshSession: {
    viewers: ['anonymous'],
    valid: (s) => ({ refreshToken: s.member.spareRefreshToken }),
    exempt: {
      tables: ['sessions', 'refresh_tokens'],
      why: 'a refresh token presented twice ends its whole session on purpose (API.md)',
    },
  },
  register: {
    viewers: ['anonymous'],
    valid: (s) => ({
      input: {
        invitationToken: s.invitationToken,
        email: s.invitationEmail,
        password: 'a perfectly fine passphrase',
        displayName: 'Someone New',
      },
    }),
  },
  reinstateMember: {
    viewers: ['admin', 'member'],
    valid: (_s, w) => ({ memberId: w.target.id, reason: 'Sorted' }),
  },
  removeFromGroup: {
    viewers: runners,
    valid: (s, w) => ({ groupId: w.groups.public, memberId: s.member.id, ban: false }),
  },
  renameTopic: {
    viewers: ['admin', 'member'],
    valid: (s) => ({ slug: s.pools.topics[0], name: 'Renamed topic' }),
  },
  report: {
    viewers: ['member'],
    perRun: true,
    valid: (_s, w) => ({ input: { subjectType: 'MESSAGE', subjectId: w.messages.public, reason: 'Unkind' } }),
  },
  requestPairing: {
    viewers: anyone,
    valid: (_s, w) => ({ memberId: w.target.id, message: 'Shall we pair?' }),
  },
  requestPasswordReset: {
    viewers: ['anonymous'],
    valid: (s) => ({ email: s.member.email }),
    exempt: {
      tables: ['password_reset_tokens'],
      why:
        'the mutation itself never writes it: a job does, after an accepted request (so that members and ' +
        'non-members cost the same), and may run while a later call is judged',
    },
  },
  resetPassword: {
    viewers: ['anonymous'],
    valid: () => ({ token: 'x'.repeat(43), password: 'a perfectly fine passphrase' }),
  },
  resolveReport: {
    viewers: ['moderator', 'admin', 'member'],
    valid: (s) => ({ id: s.ownReport, action: 'DISMISS', note: 'Fine' }),
  },
  respondToPairing: {
    viewers: ['member', 'stranger'],
    valid: (s) => ({ requestId: s.pairingToMember, accept: true }),
  },
  restoreContent: {
    viewers: ['admin', 'moderator', 'member'],
    valid: (s) => ({ subjectType: 'MESSAGE', subjectId: s.ownMessages[0], note: 'Restored' }),
  },
  rotateCalendarFeedToken: { viewers: ['member', 'admin'] },
  rsvp: {
    viewers: ['member', 'stranger', 'moderator'],
    valid: (s) => ({ eventId: s.ownEvent, status: 'GOING' }),
  },
  setGroupRole: {
    viewers: ['owner', 'moderator', 'admin'],
    valid: (s, w) => ({ groupId: w.groups.public, memberId: s.member.id, role: 'MODERATOR' }),
  },
  startDirectThread: { viewers: anyone, valid: (_s, w) => ({ memberId: w.target.id }) },
  suspendMember: {
    viewers: ['admin', 'member'],
    perRun: true,
    valid: (s) => ({ memberId: s.stranger.id, reason: 'Spam' }),
  },
  toggleReaction: {
    viewers: ['member', 'stranger'],
    valid: (s) => ({ messageId: s.ownMessages[0], emoji: '👍' }),
  },
  unblockMember: { viewers: anyone, valid: (_s, w) => ({ memberId: w.outsider.id }) },
  updateEvent: {
    viewers: runners,
    valid: (s) => ({
      id: s.ownEvent,
      input: { title: 'A new title', startsAt: daysFromNow(30), endsAt: daysFromNow(30, 3), capacity: 40 },
    }),
  },
  updateGroup: {
    viewers: ['owner', 'moderator', 'admin'],
    valid: (s, w) => ({
      id: w.groups.public,
      input: { name: 'Hostile public', description: 'Still open', topicSlugs: s.pools.topics.slice(0, 1) },
    }),
  },
  updateNotificationPreferences: {
    viewers: ['member'],
    valid: () => ({ input: { preferences: [{ kind: 'MENTION', channel: 'DAILY_DIGEST' }] } }),
  },
  updateProfile: {
    viewers: ['member'],
    valid: (s) => ({
      input: {
        displayName: 'A new name',
        headline: 'Patient leader',
        bio: 'I like **bold** words',
        pronouns: 'they/them',
        regionCode: s.pools.regions[0],
        topicSlugs: s.pools.topics.slice(0, 3),
        cohortId: s.pools.cohorts[0],
        avatarUrl: 'https://images.example.org/me.png',
        livedExperience: 'Long covid',
        consentToLivedExperience: true,
        visibility: [{ field: 'BIO', visibility: 'GROUP_PEERS' }],
      },
    }),
  },
  withdrawConsent: { viewers: ['member'], valid: () => ({ kind: 'LIVED_EXPERIENCE' }) },
};

/** Each mutation with its document, or why no hostile values could be made for it. */
export const underTest = new Map<string, MutationUnderTest>();
export const unknown: string[] = [];
const dummyContext: NamingContext = {
  mutation: '',
  pools: {
    groups: ['g'],
    threads: ['t'],
    messages: ['m'],
    events: ['e'],
    members: ['p'],
    memberships: ['s'],
    pairings: ['r'],
    reports: ['o'],
    notifications: ['n'],
    cohorts: ['c'],
    topics: ['topic'],
    regions: ['LONDON'],
    handles: ['h'],
    emails: ['a@example.org'],
    refreshTokens: ['token'],
    invitationTokens: ['token'],
    any: ['x'],
  },
};
for (const field of mutationFields) {
  const mutation = mutationDocument(field);
  try {
    argumentsArbitrary(mutation, { ...dummyContext, mutation: field.name }, true);
    underTest.set(field.name, mutation);
  } catch (error) {
    if (!(error instanceof UnknownInputType)) throw error;
    unknown.push(`${field.name}: ${error.message}`);
  }
}

/** The prototype set's values, in an order that matches another set's (to run a generated input with new viewers). */
export const identityOf = (set: ViewerSet): string[] => [
  ...(['member', 'moderator', 'owner', 'admin', 'stranger'] as const).flatMap((role) => {
    const actor = set[role];
    return [
      actor.id,
      actor.email,
      actor.spareRefreshToken,
      actor.spareSessionId,
      actor.refreshToken,
      actor.handle,
    ];
  }),
  set.ownThread,
  ...set.ownMessages,
  set.ownEvent,
  set.ownReport,
  set.invitationToken,
  set.invitationEmail,
  set.pendingMembershipId,
  set.pairingToMember,
  set.notificationId,
];

export function rebind(value: unknown, pairs: Array<[string, string]>): unknown {
  if (typeof value === 'string') return pairs.reduce((text, [from, to]) => text.split(from).join(to), value);
  if (Array.isArray(value)) return value.map((item) => rebind(item, pairs));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, { value: rebind(item, pairs), enumerable: true, writable: true });
    }
    return copy;
  }
  return value;
}
