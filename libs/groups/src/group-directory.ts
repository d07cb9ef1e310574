import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InputCheck } from '#libs/errors';
import { isAdmin, type Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import type { GroupRole, MembershipStatus } from './group-enums.js';
import { Group } from './group.entity.js';

export interface GroupFilter {
  text?: string | null;
  topics?: string[] | null;
  regions?: string[] | null;
  joinedOnly?: boolean | null;
}

export interface GroupListing {
  group: Group;
  viewerMembership: { role: GroupRole; status: MembershipStatus } | null;
}

interface Cursor extends Record<string, unknown> {
  k: string;
  id: string;
}
const isCursor = (value: Record<string, unknown>): value is Cursor =>
  typeof value.k === 'string' && typeof value.id === 'string';

/** Discovering groups: only those the viewer may see (HIDDEN only to their members), in name order. */
@Injectable()
export class GroupDirectory {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
  ) {}

  async groups(
    viewer: Viewer,
    filter: GroupFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<GroupListing>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, isCursor);
    const text = filter.text?.trim() ?? '';
    new InputCheck()
      .require(text.length <= 100, 'text', 'Search for at most 100 characters.')
      .throwIfInvalid();
    const topicIds = filter.topics?.length ? await this.taxonomy.topicIds(filter.topics, 'topics') : null;
    if (filter.regions?.length) await this.taxonomy.assertRegions(filter.regions, 'regions');

    const rows: Array<{
      id: string;
      sort_key: string;
      role: GroupRole | null;
      status: MembershipStatus | null;
    }> = await this.dataSource.query(
      `SELECT g.id, lower(g.name) AS sort_key, m.role, m.status
           FROM groups g
           LEFT JOIN group_memberships m ON m.group_id = g.id AND m.member_id = $1
          WHERE (g.visibility <> 'HIDDEN' OR m.status IN ('ACTIVE', 'INVITED') OR $2) AND g.hidden_at IS NULL
            AND (NOT $3 OR m.status = 'ACTIVE')
            AND ($4::text IS NULL OR g.name ILIKE $4 OR g.description ILIKE $4 OR g.slug ILIKE $4)
            AND ($5::int[] IS NULL OR g.topic_ids && $5)
            AND ($6::text[] IS NULL OR g.region_code = ANY($6))
            AND ($7::text IS NULL OR (lower(g.name), g.id) > ($7, $8::uuid))
          ORDER BY lower(g.name), g.id
          LIMIT $9`,
      [
        viewer.memberId,
        isAdmin(viewer),
        filter.joinedOnly ?? false,
        text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
        topicIds,
        filter.regions?.length ? filter.regions : null,
        cursor?.k ?? null,
        cursor?.id ?? null,
        size + 1,
      ],
    );
    const page = rows.slice(0, size);
    const groups = await this.dataSource.getRepository(Group).findBy({ id: In(page.map((row) => row.id)) });
    const byId = new Map(groups.map((group) => [group.id, group]));
    return {
      items: page.map((row) => ({
        cursor: encodeCursor({ k: row.sort_key, id: row.id }),
        node: {
          group: byId.get(row.id)!,
          viewerMembership: row.role && row.status ? { role: row.role, status: row.status } : null,
        },
      })),
      hasNextPage: rows.length > size,
      hasPreviousPage: cursor !== undefined,
    };
  }

  /** ACTIVE member counts for several groups: one query for a page of any size. */
  async memberCounts(groupIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ group_id: string; n: number }> = await this.dataSource.query(
      `SELECT group_id, count(*)::int AS n FROM group_memberships
        WHERE group_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY group_id`,
      [groupIds],
    );
    const counts = new Map(groupIds.map((id) => [id, 0]));
    for (const row of rows) counts.set(row.group_id, row.n);
    return counts;
  }
}
