import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import type { NotificationPayload } from '#libs/realtime-contract';
import { memberRoom, RealtimePublisher } from '#libs/realtime-publisher';
import { NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';
import type { NotificationText } from './notification-wording.js';

export interface NotificationInput {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  threadId?: string | null;
  messageId?: string | null;
  groupId?: string | null;
  eventId?: string | null;
  pairingId?: string | null;
  detail?: string | null;
  /** What caused it (a message id, a request's id): the same cause never notifies the same member of the same kind twice. */
  sourceId: string;
  /** Gathers unread notifications with the same key into one ("3 new replies in ..."). */
  groupKey?: string | null;
}

export type { NotificationPayload };

const MARK_MAX = 100;

interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  actor_id: string | null;
  thread_id: string | null;
  message_id: string | null;
  group_id: string | null;
  event_id: string | null;
  pairing_id: string | null;
  detail: string | null;
  count: number;
  group_key: string | null;
  created_at: Date;
  updated_at: Date;
  read_at: Date | null;
  emailed_at: Date | null;
  digested_at: Date | null;
}

/** The notification centre: what a member is told, read and unread; and telling them live. */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RealtimePublisher) private readonly publisher: RealtimePublisher,
  ) {}

  /**
   * Records a notification inside the caller's transaction, gathered into the recipient's unread one with the same
   * group key. Answers null when this cause already notified this member of this kind (a job run again).
   */
  async record(manager: EntityManager, input: NotificationInput): Promise<Notification | null> {
    // One statement: the receipt, and the notification only when the receipt is new.
    const [row] = await manager.query<NotificationRow[]>(
      `WITH receipt AS (
         INSERT INTO notification_receipts (recipient_id, kind, source_id) VALUES ($1::uuid, $2::text, $7::uuid)
         ON CONFLICT DO NOTHING RETURNING 1)
       INSERT INTO notifications (recipient_id, kind, actor_id, thread_id, message_id, group_key,
                                  group_id, event_id, pairing_id, detail)
       SELECT $1::uuid, $2::notification_kind, $3::uuid, $4::uuid, $5::uuid, $6::text,
              $8::uuid, $9::uuid, $10::uuid, $11::text
        WHERE EXISTS (SELECT 1 FROM receipt)
       ON CONFLICT (recipient_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
       DO UPDATE SET count = notifications.count + 1, actor_id = EXCLUDED.actor_id,
                     message_id = EXCLUDED.message_id, detail = EXCLUDED.detail, updated_at = now()
       RETURNING *`,
      [
        input.recipientId,
        input.kind,
        input.actorId,
        input.threadId ?? null,
        input.messageId ?? null,
        input.groupKey ?? null,
        input.sourceId,
        input.groupId ?? null,
        input.eventId ?? null,
        input.pairingId ?? null,
        input.detail ?? null,
      ],
    );
    if (!row) return null;
    return Object.assign(new Notification(), {
      id: row.id,
      recipientId: row.recipient_id,
      kind: row.kind,
      actorId: row.actor_id,
      threadId: row.thread_id,
      messageId: row.message_id,
      groupId: row.group_id,
      eventId: row.event_id,
      pairingId: row.pairing_id,
      detail: row.detail,
      count: row.count,
      groupKey: row.group_key,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      readAt: row.read_at,
      emailedAt: row.emailed_at,
      digestedAt: row.digested_at,
    });
  }

  /** Tells the recipient's sockets, on every replica (after commit). */
  push(notification: Notification, text: NotificationText): void {
    this.publisher.emit(
      memberRoom(notification.recipientId),
      'notification:new',
      payloadOf(notification, text),
    );
  }

  /** The viewer's notifications, latest activity first. */
  async list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean },
  ): Promise<Page<Notification>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, isActivityCursor);
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT id, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM notifications
        WHERE recipient_id = $1 AND (NOT $2 OR read_at IS NULL)
          AND ($3::timestamp IS NULL OR (updated_at AT TIME ZONE 'UTC', id) < ($3::timestamp, $4::uuid))
        ORDER BY updated_at DESC, id DESC
        LIMIT $5`,
      [viewer.memberId, args.unreadOnly ?? false, cursor?.at ?? null, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(Notification).findBy({ id: In(ids) }),
    );
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
      [viewer.memberId],
    );
    return row.count;
  }

  /** Marks the viewer's notifications read: these (at most 100), or all when `ids` is null. Answers how many. */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const check = new InputCheck().require(
      ids === null || ids.length <= MARK_MAX,
      'ids',
      `At most ${MARK_MAX} at once; leave ids out to mark all.`,
    );
    ids?.forEach((id, i) => check.uuid(id, `ids.${i}`));
    check.throwIfInvalid();
    const [row] = await this.dataSource.query<Array<{ count: number }>>(
      `WITH marked AS (
         UPDATE notifications SET read_at = now()
          WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [viewer.memberId, ids],
    );
    return row.count;
  }
}

function payloadOf(n: Notification, text: NotificationText): NotificationPayload {
  return {
    id: n.id,
    kind: n.kind,
    count: n.count,
    summary: text.summary,
    link: text.path,
    actorId: n.actorId,
    threadId: n.threadId,
    messageId: n.messageId,
    groupId: n.groupId,
    eventId: n.eventId,
    pairingId: n.pairingId,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
