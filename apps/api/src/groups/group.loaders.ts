import DataLoader from 'dataloader';
import type { Viewer } from '#libs/identity';
import type {
  Group,
  GroupDirectory,
  GroupMembersService,
  GroupMembership,
  MembershipService,
} from '#libs/groups';
import { perRequestValue } from '../graphql/request-cache.js';

export interface GroupLoaders {
  /** ACTIVE member counts: one query per batch of groups. */
  memberCount: DataLoader<string, number>;
  /** The groups each member is active in, as far as the viewer may see: one query per batch of members. */
  groupsOf: DataLoader<string, Group[]>;
  /** The viewer's membership in each group: one query per batch of groups. */
  viewerMembership: DataLoader<string, GroupMembership | null>;
}

export function groupLoaders(
  request: object,
  viewer: Viewer,
  services: { directory: GroupDirectory; members: GroupMembersService; memberships: MembershipService },
): GroupLoaders {
  return perRequestValue(request, 'groups', () => ({
    memberCount: new DataLoader<string, number>(async (ids) => {
      const counts = await services.directory.memberCounts([...ids]);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    groupsOf: new DataLoader<string, Group[]>(async (ids) => {
      const groups = await services.members.groupsOf(viewer, [...ids]);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    viewerMembership: new DataLoader<string, GroupMembership | null>(async (ids) => {
      const mine = await services.memberships.membershipsIn(viewer.memberId, [...ids]);
      return ids.map((id) => mine.get(id) ?? null);
    }),
  }));
}
