export { GroupsModule } from './groups.module.js';
export { Group } from './group.entity.js';
export { GroupMembership } from './group-membership.entity.js';
export { GroupVisibility, GroupRole, MembershipStatus } from './group-enums.js';
export {
  groupAllows,
  groupPermits,
  groupPermissions,
  joinsAtOnce,
  type GroupAction,
  type GroupPermissions,
  type GroupStanding,
  type GroupState,
} from './group.policy.js';
export { GroupAccess, type GroupInContext, type GroupStandingIn } from './group-access.js';
export { GroupService, GROUP_LIMITS, type GroupInput } from './group.service.js';
export { MembershipService, JOIN_MESSAGE_MAX } from './membership.service.js';
export { GroupDirectory, type GroupFilter, type GroupListing } from './group-directory.js';
export { GroupMembersService } from './group-members.service.js';
export { GroupPeersFromMemberships } from './group-peers-from-memberships.js';

import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';
export const GROUPS_ENTITIES = [Group, GroupMembership];
