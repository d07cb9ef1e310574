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

/** The group as the policy needs it: its visibility, and whether an admin hid it (a report resolved HIDE_CONTENT). */
export interface GroupState {
  visibility: GroupVisibility;
  hiddenByAdmin: boolean;
}

/**
 * `groupAllows` for a group as it stands now: a group hidden by an admin is gone for everyone but the admins. What
 * every gate (GroupAccess) and every SQL copy of the rule must agree with (test/groups/group-policy-sql.e2e-spec.ts).
 */
export function groupPermits(group: GroupState, standing: GroupStanding, action: GroupAction): boolean {
  if (group.hiddenByAdmin && !standing.isAdmin) return false;
  return groupAllows(group.visibility, standing, action);
}

/** Joining takes effect at once (a public group, an invitation, an admin); otherwise it is a request to decide. */
export function joinsAtOnce(visibility: GroupVisibility, standing: GroupStanding): boolean {
  return (
    standing.membership?.status === MembershipStatus.INVITED ||
    visibility === GroupVisibility.PUBLIC ||
    standing.isAdmin
  );
}

/** What the viewer may do in a group, as the policy answers it: what the clients show and offer. */
export interface GroupPermissions {
  see: boolean;
  read: boolean;
  post: boolean;
  join: boolean;
  /** Joining would be a request that an owner or moderator decides. */
  joinNeedsApproval: boolean;
  /** Leave, withdraw a request or decline an invitation: anyone with a membership that is not a ban. */
  leave: boolean;
  moderate: boolean;
  own: boolean;
}

export function groupPermissions(group: GroupState, standing: GroupStanding): GroupPermissions {
  const may = (action: GroupAction) => groupPermits(group, standing, action);
  const status = standing.membership?.status;
  const seen = may('see');
  return {
    see: seen,
    read: may('read'),
    post: may('post'),
    join: may('join'),
    joinNeedsApproval: may('join') && !joinsAtOnce(group.visibility, standing),
    leave: seen && status !== undefined && status !== MembershipStatus.BANNED,
    moderate: may('moderate'),
    own: may('own'),
  };
}
