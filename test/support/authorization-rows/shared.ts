// What every table of the authorization matrix (test/abuse/authorization-matrix.e2e-spec.ts) is written in: the shape of a
// row, who gets what, and the world the rows act in.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../authorization-actors.js';
import { buildWorld, type SignedInKind, type ViewerKind, type World } from '../authorization-world.js';
import { startTestPlatform, type TestPlatform } from '../test-platform.js';

export type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
export type Outcome = 'OK' | Code;
export type Expectation = Record<ViewerKind, Outcome>;

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Who sends it, when not the viewer themselves (a twin); null: no token. */
  as?: Actor | null;
}

export interface GraphqlCase {
  /** What the case acts on, when an operation has more than one case. */
  on?: string;
  request(kind: ViewerKind): GraphqlRequest | Promise<GraphqlRequest>;
  expect: Expectation;
  /** For a viewer answered OK: what is wrong with the answer, if anything (a list showing what it should not). */
  check?(kind: ViewerKind, data: Record<string, unknown>): string | undefined;
}

export interface SocketCase {
  on?: string;
  payload(kind: SignedInKind): object | Promise<object>;
  expect: Record<SignedInKind, Outcome>;
}

/** An event with no acknowledgement (typing): whether the others in the thread hear it. */
export interface UnacknowledgedEvent {
  payload(): object;
  heard: Record<SignedInKind, boolean>;
}

/** A cell where the code disagrees with the row and the team is still to decide: what it does now, and why. */
export interface Known {
  operation: string;
  on?: string;
  viewer: ViewerKind;
  actual: string;
  why: string;
}

/** The rows of a table: each operation's case, or cases. */
export type Rows = Record<string, GraphqlCase | GraphqlCase[]>;

// ---------------------------------------------------------------------------------------------------------------
// Who gets what.

export const each = (outcome: Outcome): Record<SignedInKind, Outcome> => ({
  member: outcome,
  outsider: outcome,
  pending: outcome,
  moderator: outcome,
  owner: outcome,
  banned: outcome,
  admin: outcome,
});
/** An operation for signed-in members: anonymous and suspended callers are refused. */
export const signedIn = (outcomes: Record<SignedInKind, Outcome>): Expectation => ({
  anonymous: 'UNAUTHENTICATED',
  suspended: 'UNAUTHENTICATED',
  ...outcomes,
});
/** An operation open to anyone (signing in and its kin). */
export const anyoneMay = (exceptions: Partial<Expectation> = {}): Expectation => ({
  anonymous: 'OK',
  suspended: 'OK',
  ...each('OK'),
  ...exceptions,
});

export const EVERY_MEMBER = signedIn(each('OK'));
export const ADMINS_ONLY = signedIn({ ...each('FORBIDDEN'), admin: 'OK' });
/** The group's content: its active members and admins; not even seen by outsiders, requesters and the banned. */
export const GROUP_READERS = signedIn({
  ...each('NOT_FOUND'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Posting in the group (which everyone may see): its active members and admins. */
export const GROUP_POSTERS = signedIn({
  ...each('FORBIDDEN'),
  member: 'OK',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Moderating the group's content: members see it but may not; the rest may not see it. */
export const CONTENT_MODERATORS = signedIn({
  ...each('NOT_FOUND'),
  member: 'FORBIDDEN',
  moderator: 'OK',
  owner: 'OK',
  admin: 'OK',
});
/** Moderating the group itself (a private group is seen by every member). */
export const GROUP_MODERATORS = signedIn({ ...each('FORBIDDEN'), moderator: 'OK', owner: 'OK', admin: 'OK' });
export const GROUP_OWNERS = signedIn({ ...each('FORBIDDEN'), owner: 'OK', admin: 'OK' });
/** Reports and hidden content of the group: those who handle them; nobody else may see them. */
export const REPORT_HANDLERS = signedIn({ ...each('NOT_FOUND'), moderator: 'OK', owner: 'OK', admin: 'OK' });
/** The member's conversation with the outsider: theirs alone, not even the admins'. */
export const CONVERSATION = signedIn({ ...each('NOT_FOUND'), member: 'OK', outsider: 'OK' });

export const READS_GROUP: ReadonlySet<ViewerKind> = new Set(['member', 'moderator', 'owner', 'admin']);
export const IN_GROUP: ReadonlySet<ViewerKind> = new Set(['member', 'moderator', 'owner']);
/** Those who may not see the hidden group (whatever the owner's and moderators' answer turns out to be). */
export const OUTSIDE_HIDDEN_GROUP: ReadonlySet<ViewerKind> = new Set([
  'member',
  'outsider',
  'pending',
  'banned',
]);

// ---------------------------------------------------------------------------------------------------------------
// The world the rows act in: live bindings, set by openWorld (before any row runs) and read by the rows as they run.

export let platform: TestPlatform;
export let w: World;

export async function openWorld(): Promise<void> {
  platform = await startTestPlatform();
  w = await buildWorld(platform);
}

// ---------------------------------------------------------------------------------------------------------------
// What the rows share.

export const unique = () => randomUUID().slice(0, 8);
export const edgeIds = (connection: unknown): string[] =>
  (connection as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
/** A problem unless `ids` holds `id` exactly when `should`. */
export const listed = (ids: string[], id: string, should: boolean, what: string): string | undefined =>
  ids.includes(id) === should ? undefined : `${what} ${should ? 'missing from' : 'shown in'} the list`;
export const anyone = async (kind: ViewerKind): Promise<Actor> => w.viewer(kind) ?? (await w.freshMember());
