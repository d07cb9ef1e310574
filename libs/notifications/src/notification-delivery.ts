import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationSubjects } from '#libs/domain-events';
import { JobQueue } from '#libs/jobs';
import { NotificationChannel } from './notification-channel.js';
import { NotificationKind } from './notification-kind.js';
import { NOTIFICATION_EMAIL_JOB, type NotificationEmail } from './notification-mailer.js';
import { NotificationPreferences } from './notification-preferences.js';
import type { Notification } from './notification.entity.js';
import { NotificationService, type NotificationInput } from './notification.service.js';
import { NotificationWording } from './notification-wording.js';

/**
 * Kinds whose e-mails gather per recipient and thread: after one is sent, more in the same thread within this many
 * seconds are told in the app only (someone mentioned over and over gets one e-mail, not one each time).
 */
export const MAIL_GATHER_SECONDS: Partial<Record<NotificationKind, number>> = {
  [NotificationKind.MENTION]: 10 * 60,
};

/**
 * Records notifications and tells their recipients, by each one's preference for the kind: in the centre (live to
 * their sockets), by e-mail at once (a job), or gathered for the daily digest. Leaves out the actor, members who are
 * not active, members who blocked the actor, and kinds a member turned off. Safe to run again for the same causes.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger('Notifications');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(NotificationSubjects) private readonly subjects: NotificationSubjects,
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(NotificationPreferences) private readonly preferences: NotificationPreferences,
    @Inject(NotificationWording) private readonly wording: NotificationWording,
  ) {}

  async deliver(inputs: NotificationInput[]): Promise<Notification[]> {
    const wanted = await this.reachable(inputs.filter((input) => input.recipientId !== input.actorId));
    const channels = await this.channelsOf(wanted);
    const told = await this.dataSource.transaction(async (manager) => {
      const recorded: Notification[] = [];
      for (const input of wanted) {
        const channel = channels.get(`${input.recipientId}/${input.kind}`);
        if (channel === NotificationChannel.OFF) continue;
        const notification = await this.notifications.record(manager, input);
        if (!notification) continue;
        recorded.push(notification);
        // One e-mail per notification: not again for each thing gathered into it while unread.
        if (
          channel === NotificationChannel.EMAIL_NOW &&
          notification.count === 1 &&
          !(await this.mailedLately(manager, notification))
        ) {
          await this.jobs.enqueue<NotificationEmail>(
            NOTIFICATION_EMAIL_JOB,
            { notificationId: notification.id },
            { manager },
          );
        }
      }
      return recorded;
    });
    const texts = await this.wording.of(told.map((notification) => notification.id));
    told.forEach((notification) => this.notifications.push(notification, texts.get(notification.id)!));
    if (told.length) this.logger.debug(`${told.length} notifications told`);
    return told;
  }

  /** Whether the recipient was e-mailed of this kind in this thread within its MAIL_GATHER_SECONDS. */
  private async mailedLately(manager: EntityManager, notification: Notification): Promise<boolean> {
    const seconds = MAIL_GATHER_SECONDS[notification.kind];
    if (!seconds || !notification.threadId) return false;
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM notifications
        WHERE recipient_id = $1 AND kind = $2 AND thread_id = $3 AND id <> $4
          AND created_at > now() - make_interval(secs => $5)
        LIMIT 1`,
      [notification.recipientId, notification.kind, notification.threadId, notification.id, seconds],
    );
    return rows.length > 0;
  }

  /**
   * Those whose recipient is active, has not blocked the actor and may, now, see the event it is about (the events
   * domain's guard in `NotificationSubjects`, asked at send time: a notice planned before they lost access tells
   * them nothing): one statement.
   */
  private async reachable(inputs: NotificationInput[]): Promise<NotificationInput[]> {
    if (inputs.length === 0) return [];
    const rows = await this.dataSource.query<Array<{ i: number }>>(
      `SELECT w.i
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS w(recipient_id, actor_id, event_id, i)
         JOIN members m ON m.id = w.recipient_id AND m.status = 'ACTIVE'
        WHERE NOT EXISTS (SELECT 1 FROM member_blocks b
                           WHERE b.blocker_id = w.recipient_id AND b.blocked_id = w.actor_id)
          AND (w.event_id IS NULL OR ${this.subjects.visibleSql('event', 'w.recipient_id', 'w.event_id')})`,
      [
        inputs.map((input) => input.recipientId),
        inputs.map((input) => input.actorId),
        inputs.map((input) => input.eventId ?? null),
      ],
    );
    const ok = new Set(rows.map((row) => Number(row.i) - 1));
    return inputs.filter((_, index) => ok.has(index));
  }

  private async channelsOf(inputs: NotificationInput[]): Promise<Map<string, NotificationChannel>> {
    const channels = new Map<string, NotificationChannel>();
    for (const kind of new Set(inputs.map((input) => input.kind))) {
      const ids = [
        ...new Set(inputs.filter((input) => input.kind === kind).map((input) => input.recipientId)),
      ];
      for (const [memberId, channel] of await this.preferences.channels(ids, kind))
        channels.set(`${memberId}/${kind}`, channel);
    }
    return channels;
  }
}
