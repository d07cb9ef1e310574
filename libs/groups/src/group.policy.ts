import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';

/** How the viewer stands to a group: what the policy decides on. */
export interface GroupStanding {
  /** Undefined for a caller who is not signed in. */
  signedIn: boolean;
  isAdmin: boolean;
  membership?: { role: GroupRole; status: MembershipStatus };
}

export type GroupAction =
  /** Know the group exists: name, description, member count. */
  | 'see'
  /** Read its threads, events and member list. */
  | 'read'
  | 'post'
  | 'join'
  /** Decide join requests, invite, remove and ban members, pin and lock threads. */
  | 'moderate'
  /** Edit the group, give and take roles. */
  | 'own';

/**
 * The one answer to "may this member do this in this group", asked by every domain (threads, events) and
 * every transport. Pure, and tested as a table: each visibility, each kind of viewer, each action.
 */
export function groupAllows(
  visibility: GroupVisibility,
  standing: GroupStanding,
  action: GroupAction,
): boolean {
  if (!standing.signedIn) return false;
  const status = standing.membership?.status;
  const role = status === MembershipStatus.ACTIVE ? standing.membership?.role : undefined;
  const active = role !== undefined;
  if (standing.isAdmin) return action === 'join' ? !active : true;
  const banned = status === MembershipStatus.BANNED;
  switch (action) {
    case 'see':
      return visibility === GroupVisibility.HIDDEN ? active || status === MembershipStatus.INVITED : true;
    case 'read':
      return active || (visibility === GroupVisibility.PUBLIC && !banned);
    case 'post':
      return active;
    case 'join':
      if (active || banned || status === MembershipStatus.PENDING) return false;
      return status === MembershipStatus.INVITED || visibility !== GroupVisibility.HIDDEN;
    case 'moderate':
      return role === GroupRole.OWNER || role === GroupRole.MODERATOR;
    case 'own':
      return role === GroupRole.OWNER;
  }
}
