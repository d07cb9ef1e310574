import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isAdmin, type Viewer } from '#libs/identity';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import { GroupAccess } from './group-access.js';
import { MembershipStatus, type GroupRole, type GroupVisibility } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';
import { groupAllows } from './group.policy.js';

/** Who is in a group (for those who may read it), who asks to join (for moderators), and a member's groups. */
@Injectable()
export class GroupMembersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly access: GroupAccess,
  ) {}

  /** Memberships of one status, oldest first, paged. ACTIVE needs `read`; PENDING and INVITED need `moderate`. */
  async memberships(
    viewer: Viewer,
    groupId: string,
    status: MembershipStatus,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<GroupMembership>> {
    await this.access.require(viewer, groupId, status === MembershipStatus.ACTIVE ? 'read' : 'moderate');
    const size = pageSize(first);
    const cursor = decodeCursor(after, isActivityCursor);
    // The cursor keeps created_at to the microsecond, as stored: a coarser one would repeat rows across pages.
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM group_memberships
        WHERE group_id = $1 AND status = $2
          AND ($3::timestamp IS NULL OR (created_at AT TIME ZONE 'UTC', id) > ($3::timestamp, $4::uuid))
        ORDER BY created_at, id
        LIMIT $5`,
      [groupId, status, cursor?.at ?? null, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(GroupMembership).findBy({ id: In(ids) }),
    );
  }

  /**
   * The note sent with a join request: for its author and those who decide requests (the group's owners and
   * moderators, admins), before and after the decision; null for anyone else who sees the membership (members).
   */
  async joinNote(viewer: Viewer, membership: GroupMembership): Promise<string | null> {
    if (!membership.message) return null;
    if (membership.memberId === viewer.memberId) return membership.message;
    return (await this.access.allows(viewer, membership.groupId, 'moderate')) ? membership.message : null;
  }

  /**
   * For each member, the groups they are active in, as far as `Group.members` would show them to the viewer: only
   * groups the viewer may read (a private group's name beside someone is their membership, shown to outsiders).
   * One query for any number of members.
   */
  async groupsOf(viewer: Viewer, memberIds: string[]): Promise<Map<string, Group[]>> {
    const rows = (
      await this.dataSource.query<
        Array<{
          member_id: string;
          group_id: string;
          visibility: GroupVisibility;
          role: GroupRole | null;
          status: MembershipStatus | null;
        }>
      >(
        `SELECT theirs.member_id, theirs.group_id, g.visibility, mine.role, mine.status
           FROM group_memberships theirs
           JOIN groups g ON g.id = theirs.group_id
           LEFT JOIN group_memberships mine ON mine.group_id = g.id AND mine.member_id = $2
          WHERE theirs.member_id = ANY($1::uuid[]) AND theirs.status = 'ACTIVE'
            AND (g.hidden_at IS NULL OR $3)
          ORDER BY lower(g.name), g.id`,
        [memberIds, viewer.memberId, isAdmin(viewer)],
      )
    ).filter((row) =>
      groupAllows(
        row.visibility,
        {
          signedIn: true,
          isAdmin: isAdmin(viewer),
          membership: row.role && row.status ? { role: row.role, status: row.status } : undefined,
        },
        'read',
      ),
    );
    const groups = rows.length
      ? new Map(
          (
            await this.dataSource
              .getRepository(Group)
              .findBy({ id: In([...new Set(rows.map((r) => r.group_id))]) })
          ).map((g) => [g.id, g]),
        )
      : new Map<string, Group>();
    const result = new Map<string, Group[]>(memberIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.member_id)?.push(groups.get(row.group_id)!);
    return result;
  }
}
