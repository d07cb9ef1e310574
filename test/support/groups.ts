import type { NewMember } from './member-factory.js';
import { gqlAs, signedInPerson, type Person } from './people.js';
import type { TestPlatform } from './test-platform.js';

/** Shared by the groups tests: groups-joining, groups-moderation and groups-peers-and-pages. */
export const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) {
  id slug name visibility memberCount viewerMembership { role status } topics { slug } region { code } } }`;
export const GROUP = `query($id: ID, $slug: String) { group(id: $id, slug: $slug) {
  id slug name memberCount viewerMembership { role status } members { edges { node { role member { displayName } } } } } }`;
export const JOIN =
  'mutation($g: ID!, $m: String) { joinGroup(groupId: $g, message: $m) { id status role } }';
export const DECIDE =
  'mutation($id: ID!, $a: Boolean!) { decideJoinRequest(membershipId: $id, approve: $a) { status } }';
export const INVITE = 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }';
export const REMOVE =
  'mutation($g: ID!, $m: ID!, $b: Boolean!) { removeFromGroup(groupId: $g, memberId: $m, ban: $b) }';
export const ROLE =
  'mutation($g: ID!, $m: ID!, $r: GroupRole!) { setGroupRole(groupId: $g, memberId: $m, role: $r) { role } }';
export const LEAVE = 'mutation($g: ID!) { leaveGroup(groupId: $g) }';

/** The code of an answer's first error. */
export const code = (result: { errors?: Array<{ extensions: { code: string } }> }) =>
  result.errors?.[0]?.extensions.code;

/**
 * New members signed in, and groups created by them, on the platform `current` answers (a test file's, once its
 * `beforeAll` has started it).
 */
export function groupsHelpers(current: () => TestPlatform) {
  const person = (displayName: string, fields: NewMember = {}): Promise<Person> =>
    signedInPerson(current(), displayName, fields);

  async function create(owner: Person, input: Record<string, unknown>) {
    return (await gqlAs<{ createGroup: { id: string; slug: string } }>(current(), owner, CREATE, { input }))
      .createGroup;
  }

  return { person, create };
}
