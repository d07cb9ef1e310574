import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { isUuid, NotFoundError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { calendarFile, type CalendarEntry } from './calendar-file.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { whenOf } from './event-changes.js';
import { EventFormat, EventStatus } from './event-enums.js';
import { maySeeEventAs } from './event-visibility.js';

interface FeedRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  format: EventFormat;
  venue: string | null;
  online_url: string | null;
  status: EventStatus;
  cancel_reason: string | null;
  sequence: number;
  updated_at: Date;
  going: boolean;
}

/**
 * Calendar files: one event's public details (`/events/:id.ics`, never the online link), and each member's own
 * feed (`/calendar/:token.ics`) of the events they are going to or waiting for, with the online link where going.
 * A feed token is signed from the member and the feed's version; rotating it ends every old link.
 */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * A platform event or a public group's event, public details only. Anything else is NOT_FOUND: members see the
   * events of private groups in their own feed.
   */
  async eventFile(eventId: string): Promise<string> {
    const [row] = isUuid(eventId)
      ? await this.dataSource.query<FeedRow[]>(
          `SELECT e.*, false AS going FROM events e LEFT JOIN groups g ON g.id = e.group_id
            WHERE e.id = $1 AND e.hidden_at IS NULL AND (e.group_id IS NULL OR g.visibility = 'PUBLIC')`,
          [eventId],
        )
      : [];
    if (!row) throw new NotFoundError('That event');
    return calendarFile(row.title, [this.entry(row)]);
  }

  /** The feed of the member a token belongs to; NOT_FOUND for a token rotated away, forged or of a member gone. */
  async feed(token: string): Promise<string> {
    const memberId = await this.memberOf(token);
    if (!memberId) throw new NotFoundError('That calendar');
    const rows = await this.dataSource.query<FeedRow[]>(
      `SELECT e.*, r.status = 'GOING' AS going
         FROM event_rsvps r JOIN events e ON e.id = r.event_id
         LEFT JOIN groups g ON g.id = e.group_id
         LEFT JOIN group_memberships gm ON gm.group_id = e.group_id AND gm.member_id = r.member_id
        WHERE r.member_id = $1 AND r.status IN ('GOING', 'WAITLISTED')
          AND e.ends_at > now() - interval '90 days' AND e.hidden_at IS NULL
          AND ${maySeeEventAs('r.member_id')}
        ORDER BY e.starts_at
        LIMIT 500`,
      [memberId],
    );
    return calendarFile(
      'Confer: my events',
      rows.map((row) => this.entry(row)),
    );
  }

  /** The viewer's feed address (made on first ask). */
  async feedUrl(viewer: Viewer): Promise<string> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CalendarFeed)
      .values({ memberId: viewer.memberId })
      .orIgnore()
      .execute();
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneByOrFail({ memberId: viewer.memberId });
    return this.urlOf(viewer.memberId, feed.version);
  }

  /** A new feed address: the old one stops working at once. */
  async rotate(viewer: Viewer): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ version: number }>>(
      `INSERT INTO calendar_feeds (member_id, version) VALUES ($1, 2)
       ON CONFLICT (member_id) DO UPDATE SET version = calendar_feeds.version + 1
       RETURNING version`,
      [viewer.memberId],
    );
    return this.urlOf(viewer.memberId, row.version);
  }

  private urlOf(memberId: string, version: number): string {
    const body = Buffer.from(memberId.replace(/-/g, ''), 'hex').toString('base64url');
    return `${this.config.publicUrl}/calendar/${body}.${this.sign(memberId, version)}.ics`;
  }

  private async memberOf(token: string): Promise<string | null> {
    const [body, signature] = token.split('.');
    if (!body || !signature) return null;
    const hex = Buffer.from(body, 'base64url').toString('hex');
    if (hex.length !== 32) return null;
    const memberId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const [feed] = await this.dataSource.query<Array<{ version: number }>>(
      `SELECT f.version FROM calendar_feeds f JOIN members m ON m.id = f.member_id AND m.status = 'ACTIVE'
        WHERE f.member_id = $1`,
      [memberId],
    );
    if (!feed) return null;
    const expected = Buffer.from(this.sign(memberId, feed.version));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? memberId : null;
  }

  private sign(memberId: string, version: number): string {
    return createHmac('sha256', `calendar:${this.config.jwtSecret}`)
      .update(`${memberId}:${version}`)
      .digest('base64url')
      .slice(0, 32);
  }

  private entry(row: FeedRow): CalendarEntry {
    const link = `${this.config.publicUrl}/events/${row.id}`;
    const online = row.going && row.online_url ? `Join online: ${row.online_url}` : null;
    const cancelled = row.status === EventStatus.CANCELLED;
    return {
      uid: `${row.id}@confer`,
      sequence: row.sequence,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      timezone: row.timezone,
      summary: cancelled ? `Cancelled: ${row.title}` : row.title,
      description: [
        cancelled && row.cancel_reason ? `Cancelled: ${row.cancel_reason}` : null,
        row.description || null,
        `When: ${whenOf({ startsAt: row.starts_at, endsAt: row.ends_at, timezone: row.timezone })}`,
        online,
        `On Confer: ${link}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: row.format === EventFormat.ONLINE ? (online ? row.online_url : 'Online') : row.venue,
      url: link,
      cancelled,
      updatedAt: row.updated_at,
    };
  }
}
