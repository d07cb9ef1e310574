import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { queryPrepared } from '#libs/database';
import { ForbiddenError, isUuid, NotFoundError } from '#libs/errors';
import { isAdmin, type Viewer } from '#libs/identity';
import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';
import {
  groupAllows,
  groupPermissions,
  groupPermits,
  type GroupAction,
  type GroupPermissions,
  type GroupStanding,
} from './group.policy.js';

export interface GroupInContext {
  group: Group;
  standing: GroupStanding;
  membership: GroupMembership | null;
}

interface StandingRow {
  visibility: GroupVisibility;
  hidden: boolean;
  role: GroupRole | null;
  status: MembershipStatus | null;
}

export interface GroupStandingIn {
  visibility: GroupVisibility;
  standing: GroupStanding;
  /** Hidden by an admin (only admins get this far then). */
  hidden: boolean;
}

/** Loads a group with the viewer's standing and asks the policy; the gate other domains go through. */
@Injectable()
export class GroupAccess {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Standings read fresh (no cache); those asked in the same tick go in one prepared statement. */
  private readonly standings = new DataLoader<
    { groupId: string; memberId: string },
    StandingRow | null,
    string
  >(
    async (keys) => {
      const rows = await queryPrepared<StandingRow & { group_id: string; member_id: string }>(
        this.dataSource,
        'group-standings',
        `SELECT k.group_id, k.member_id, g.visibility, g.hidden_at IS NOT NULL AS hidden, gm.role, gm.status
           FROM unnest($1::uuid[], $2::uuid[]) AS k(group_id, member_id)
           JOIN groups g ON g.id = k.group_id
           LEFT JOIN group_memberships gm ON gm.group_id = k.group_id AND gm.member_id = k.member_id`,
        [keys.map((k) => k.groupId), keys.map((k) => k.memberId)],
      );
      const byKey = new Map(rows.map((row) => [`${row.group_id}/${row.member_id}`, row]));
      return keys.map((k) => byKey.get(`${k.groupId}/${k.memberId}`) ?? null);
    },
    { cache: false, cacheKeyFn: (k) => `${k.groupId}/${k.memberId}` },
  );

  /** The group if the viewer may see it; NOT_FOUND otherwise, so that a hidden group's existence never leaks. */
  async load(
    viewer: Viewer | undefined,
    where: { id?: string | null; slug?: string | null },
  ): Promise<GroupInContext> {
    const groups = this.dataSource.getRepository(Group);
    // A slug names at most one listed group and one hidden group (group-slugs.ts): the listed one first.
    const candidates =
      where.id && isUuid(where.id)
        ? await groups.findBy({ id: where.id })
        : where.slug
          ? (await groups.findBy({ slug: where.slug.toLowerCase() })).sort(
              (a, b) =>
                Number(a.visibility === GroupVisibility.HIDDEN) -
                Number(b.visibility === GroupVisibility.HIDDEN),
            )
          : [];
    for (const group of candidates) {
      const context = await this.seenBy(viewer, group);
      if (context) return context;
    }
    throw new NotFoundError('That group');
  }

  /** The group with the viewer's standing, or null when the viewer may not see it. */
  private async seenBy(viewer: Viewer | undefined, group: Group): Promise<GroupInContext | null> {
    const membership = viewer
      ? await this.dataSource
          .getRepository(GroupMembership)
          .findOneBy({ groupId: group.id, memberId: viewer.memberId })
      : null;
    const standing: GroupStanding = {
      signedIn: viewer !== undefined,
      isAdmin: isAdmin(viewer),
      membership: membership ? { role: membership.role, status: membership.status } : undefined,
    };
    // Hidden by an admin (a report resolved HIDE_CONTENT): gone for everyone else.
    if (
      !groupPermits({ visibility: group.visibility, hiddenByAdmin: group.hiddenAt !== null }, standing, 'see')
    )
      return null;
    return { group, standing, membership };
  }

  /**
   * The group's visibility and the viewer's standing, from one lean statement, for hot paths such as posting a
   * message (ask `groupAllows` with them). NOT_FOUND when the group is missing or the viewer may not see it.
   */
  async standing(viewer: Viewer, groupId: string): Promise<GroupStandingIn> {
    if (!isUuid(groupId)) throw new NotFoundError('That group');
    const row = await this.standings.load({ groupId, memberId: viewer.memberId });
    const standing = row && standingOf(viewer, row);
    if (
      !row ||
      !standing ||
      !groupPermits({ visibility: row.visibility, hiddenByAdmin: row.hidden }, standing, 'see')
    )
      throw new NotFoundError('That group');
    return { visibility: row.visibility, standing, hidden: row.hidden };
  }

  /**
   * What the viewer may do in a group they were shown (`Group.viewerCan`), from the lean standing: the groups of a
   * page asked in the same tick share one statement. All false for a group that is gone.
   */
  async permissionsFor(viewer: Viewer, groupId: string): Promise<GroupPermissions> {
    const row = isUuid(groupId) ? await this.standings.load({ groupId, memberId: viewer.memberId }) : null;
    if (!row) return groupPermissions({ visibility: GroupVisibility.HIDDEN, hiddenByAdmin: true }, NOBODY);
    return groupPermissions(
      { visibility: row.visibility, hiddenByAdmin: row.hidden },
      standingOf(viewer, row),
    );
  }

  /**
   * Whether the viewer may do `action` in the group, from the lean standing (asked together with others in the same
   * tick): false, never an error, when the group is missing or not to be seen. For lists inside a group's page.
   */
  async allows(viewer: Viewer, groupId: string, action: GroupAction): Promise<boolean> {
    try {
      const { visibility, standing } = await this.standing(viewer, groupId);
      return groupAllows(visibility, standing, action);
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  /** Loads the group and refuses with FORBIDDEN (or NOT_FOUND when it may not even be seen) unless `action` is allowed. */
  async require(
    viewer: Viewer,
    groupId: string,
    action: GroupAction,
    message?: string,
  ): Promise<GroupInContext> {
    const context = await this.load(viewer, { id: groupId });
    if (!groupAllows(context.group.visibility, context.standing, action)) {
      throw new ForbiddenError(message ?? FORBIDDEN_MESSAGES[action]);
    }
    return context;
  }
}

const NOBODY: GroupStanding = { signedIn: false, isAdmin: false };

function standingOf(viewer: Viewer, row: StandingRow): GroupStanding {
  return {
    signedIn: true,
    isAdmin: isAdmin(viewer),
    membership: row.role && row.status ? { role: row.role, status: row.status } : undefined,
  };
}

const FORBIDDEN_MESSAGES: Record<GroupAction, string> = {
  see: 'You cannot see this group.',
  read: 'Join this group to read its discussions.',
  post: 'Join this group to take part.',
  join: 'You cannot join this group.',
  moderate: 'Only the group’s owners and moderators can do that.',
  own: 'Only the group’s owners can do that.',
};
