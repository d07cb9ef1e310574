import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isAdmin, type Viewer } from '#libs/identity';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import { GroupAccess } from './group-access.service.js';
import { MembershipStatus } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';

interface Cursor extends Record<string, unknown> {
  at: string;
  id: string;
}
const isCursor = (value: Record<string, unknown>): value is Cursor =>
  typeof value.at === 'string' && typeof value.id === 'string';

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
    const cursor = decodeCursor(after, isCursor);
    const query = this.dataSource
      .getRepository(GroupMembership)
      .createQueryBuilder('m')
      .where('m.group_id = :groupId AND m.status = :status', { groupId, status })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(size + 1);
    if (cursor) query.andWhere('(m.created_at, m.id) > (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await query.getMany();
    return {
      items: rows
        .slice(0, size)
        .map((row) => ({ cursor: encodeCursor({ at: row.createdAt.toISOString(), id: row.id }), node: row })),
      hasNextPage: rows.length > size,
      hasPreviousPage: cursor !== undefined,
    };
  }

  /** For each member, the groups they are active in that the viewer may see: one query for any number of members. */
  async groupsOf(viewer: Viewer, memberIds: string[]): Promise<Map<string, Group[]>> {
    const rows: Array<{ member_id: string; group_id: string }> = await this.dataSource.query(
      `SELECT theirs.member_id, theirs.group_id
         FROM group_memberships theirs
         JOIN groups g ON g.id = theirs.group_id
         LEFT JOIN group_memberships mine ON mine.group_id = g.id AND mine.member_id = $2
        WHERE theirs.member_id = ANY($1::uuid[]) AND theirs.status = 'ACTIVE'
          AND (g.visibility <> 'HIDDEN' OR mine.status IN ('ACTIVE', 'INVITED') OR $3)
        ORDER BY lower(g.name), g.id`,
      [memberIds, viewer.memberId, isAdmin(viewer)],
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
