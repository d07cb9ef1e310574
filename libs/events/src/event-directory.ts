import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InputCheck } from '#libs/errors';
import { GroupAccess } from '#libs/groups';
import { isAdmin, type Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import { Event } from './event.entity.js';
import { EARLIEST, LATEST } from './event-input.js';
import { MAY_SEE_EVENT } from './event-visibility.js';

export interface EventFilter {
  /** Events not ended by then (default: now, so upcoming and under way). */
  from?: Date | null;
  /** Events starting before then. */
  to?: Date | null;
  regions?: string[] | null;
  topics?: string[] | null;
  groupId?: string | null;
  text?: string | null;
}

const TEXT_MAX = 200;

/** Finding events: what the viewer may see, by date, place, topic, group and words, in order of start. */
@Injectable()
export class EventDirectory {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
  ) {}

  async events(
    viewer: Viewer,
    filter: EventFilter,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<Event>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, isActivityCursor);
    const text = filter.text?.trim() || null;
    new InputCheck()
      .line(text, 'filter.text', { max: TEXT_MAX })
      .uuid(filter.groupId, 'filter.groupId')
      .require(!filter.from || inRange(filter.from), 'filter.from', 'Give a date in this century.')
      .require(!filter.to || inRange(filter.to), 'filter.to', 'Give a date in this century.')
      .require(
        !filter.from || !filter.to || filter.from < filter.to,
        'filter.to',
        'The end of the range must be after its start.',
      )
      .throwIfInvalid();
    if (filter.groupId) await this.groups.load(viewer, { id: filter.groupId });
    if (filter.regions?.length) await this.taxonomy.assertRegions(filter.regions, 'filter.regions');
    const topicIds = filter.topics?.length
      ? await this.taxonomy.topicIds(filter.topics, 'filter.topics')
      : null;
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT e.id, to_char(e.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM events e
         LEFT JOIN groups g ON g.id = e.group_id
         LEFT JOIN group_memberships gm ON gm.group_id = e.group_id AND gm.member_id = $1
        WHERE ${VISIBLE} AND e.hidden_at IS NULL
          AND e.ends_at >= coalesce($3::timestamptz, now())
          AND ($4::timestamptz IS NULL OR e.starts_at < $4)
          AND ($5::text[] IS NULL OR e.region_code = ANY($5))
          AND ($6::int[] IS NULL OR e.topic_ids && $6)
          AND ($7::uuid IS NULL OR e.group_id = $7)
          AND ($8::text IS NULL OR (e.title || ' ' || e.description) ILIKE '%' || $8 || '%')
          AND ($9::timestamp IS NULL OR (e.starts_at AT TIME ZONE 'UTC', e.id) > ($9::timestamp, $10::uuid))
        ORDER BY e.starts_at, e.id
        LIMIT $11`,
      [
        viewer.memberId,
        isAdmin(viewer),
        filter.from ?? null,
        filter.to ?? null,
        filter.regions?.length ? filter.regions : null,
        topicIds,
        filter.groupId ?? null,
        text ? escapeLike(text) : null,
        cursor?.at ?? null,
        cursor?.id ?? null,
        size + 1,
      ],
    );
    return this.page(rows, size, cursor);
  }

  /** The viewer's own upcoming events: going, waiting, or running them. */
  async mine(viewer: Viewer, args: { first?: number | null; after?: string | null }): Promise<Page<Event>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, isActivityCursor);
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT e.id, to_char(e.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM events e
         LEFT JOIN groups g ON g.id = e.group_id
         LEFT JOIN group_memberships gm ON gm.group_id = e.group_id AND gm.member_id = $1
        WHERE e.ends_at >= now() AND e.hidden_at IS NULL AND ($5 OR ${MAY_SEE_EVENT})
          AND (e.organiser_id = $1 OR EXISTS (
                SELECT 1 FROM event_rsvps r
                 WHERE r.event_id = e.id AND r.member_id = $1 AND r.status IN ('GOING', 'WAITLISTED')))
          AND ($2::timestamp IS NULL OR (e.starts_at AT TIME ZONE 'UTC', e.id) > ($2::timestamp, $3::uuid))
        ORDER BY e.starts_at, e.id
        LIMIT $4`,
      [viewer.memberId, cursor?.at ?? null, cursor?.id ?? null, size + 1, isAdmin(viewer)],
    );
    return this.page(rows, size, cursor);
  }

  /** A group's upcoming events (the caller has checked that the viewer may read the group). */
  async ofGroup(groupId: string, first = 20): Promise<Event[]> {
    return this.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .where('e.group_id = :groupId AND e.ends_at >= now() AND e.hidden_at IS NULL', { groupId })
      .orderBy('e.starts_at')
      .addOrderBy('e.id')
      .take(first)
      .getMany();
  }

  private async page(
    rows: Array<{ id: string; at: string }>,
    size: number,
    cursor: { at: string; id: string } | undefined,
  ): Promise<Page<Event>> {
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(Event).findBy({ id: In(ids) }),
    );
  }
}

/**
 * The events a member may see, as the event policy's `see` (a platform event: every member; a group's: as the group's
 * content, so PUBLIC to all but the banned and otherwise to active members; admins: all). $1 the member, $2 admin.
 */
const VISIBLE = `($2 OR ${MAY_SEE_EVENT})`;

function inRange(date: Date): boolean {
  return !Number.isNaN(date.getTime()) && date.getTime() >= EARLIEST && date.getTime() < LATEST;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
