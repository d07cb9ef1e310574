import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MESSAGES_WRITTEN_JOB, ThreadAccess, type MessagesWritten } from '#libs/discussions';
import { DomainError } from '#libs/errors';
import type { MemberRole, Viewer } from '#libs/identity';
import { JobQueue, type JobRun } from '#libs/jobs';
import { NotificationChannel } from './notification-channel.js';
import { NotificationKind } from './notification-kind.js';
import { NOTIFICATION_EMAIL_JOB, type NotificationEmail } from './notification-mailer.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import type { Notification } from './notification.entity.js';
import { NotificationService, type NotificationInput } from './notification.service.js';

interface WrittenRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  mentioned_ids: string[];
  parent_author_id: string | null;
  direct: boolean;
  deleted: boolean;
}

/**
 * Turns stored messages into notifications (the job discussions enqueue with them): a mention, a reply to your
 * message, a message in your direct conversation. Never about your own messages, never to a member who may not
 * read the thread or is not active. Replies and direct messages gather per thread while unread.
 */
@Injectable()
export class MessageNotifier implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(NotificationPreferences) private readonly preferences: NotificationPreferences,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<MessagesWritten>(MESSAGES_WRITTEN_JOB, (job) => this.run(job));
  }

  async run(job: JobRun<MessagesWritten>): Promise<void> {
    const rows = await this.dataSource.query<WrittenRow[]>(
      `SELECT m.id, m.thread_id, m.author_id, m.mentioned_ids, parent.author_id AS parent_author_id,
              t.kind = 'DIRECT' AS direct, m.deleted_at IS NOT NULL AS deleted
         FROM messages m
         JOIN threads t ON t.id = m.thread_id
         LEFT JOIN messages parent ON parent.id = m.parent_id
        WHERE m.id = ANY($1::uuid[])
        ORDER BY m.thread_id, m.seq`,
      [job.data.messageIds],
    );
    const wanted = (
      await Promise.all(rows.filter((row) => !row.deleted).map((row) => this.forMessage(row)))
    ).flat();
    const readers = await this.readers(wanted);
    const allowed = wanted.filter((w) => readers.has(`${w.recipientId}/${w.threadId}`));
    const channels = await this.channelsOf(allowed);
    const told = await this.dataSource.transaction(async (manager) => {
      const recorded: Notification[] = [];
      for (const input of allowed) {
        const channel = channels.get(`${input.recipientId}/${input.kind}`);
        if (channel === NotificationChannel.OFF) continue;
        const notification = await this.notifications.record(manager, input);
        if (!notification) continue;
        recorded.push(notification);
        // One e-mail per notification: not again for each thing gathered into it while unread.
        if (channel === NotificationChannel.EMAIL_NOW && notification.count === 1) {
          await this.jobs.enqueue<NotificationEmail>(
            NOTIFICATION_EMAIL_JOB,
            { notificationId: notification.id },
            { manager },
          );
        }
      }
      return recorded;
    });
    told.forEach((notification) => this.notifications.push(notification));
    if (told.length) this.logger.debug(`${told.length} notifications for ${rows.length} messages`);
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

  /** Who a message concerns, and how: a direct message, else a mention, else a reply. One notification each. */
  private async forMessage(row: WrittenRow): Promise<NotificationInput[]> {
    const author = row.author_id;
    const base = { actorId: author, threadId: row.thread_id, messageId: row.id, sourceId: row.id };
    const told = new Set<string>(author ? [author] : []);
    const inputs: NotificationInput[] = [];
    const add = (recipientId: string | null, kind: NotificationKind, groupKey: string | null) => {
      if (!recipientId || told.has(recipientId)) return;
      told.add(recipientId);
      inputs.push({ ...base, recipientId, kind, groupKey });
    };
    if (row.direct) {
      const others = await this.dataSource.query<Array<{ member_id: string }>>(
        'SELECT member_id FROM thread_participants WHERE thread_id = $1',
        [row.thread_id],
      );
      others.forEach((o) => add(o.member_id, NotificationKind.DIRECT_MESSAGE, `direct:${row.thread_id}`));
      return inputs;
    }
    row.mentioned_ids.forEach((id) => add(id, NotificationKind.MENTION, null));
    add(row.parent_author_id, NotificationKind.REPLY, `reply:${row.thread_id}`);
    return inputs;
  }

  /** Which (recipient, thread) pairs may be told: active members who may read the thread, by the policy. */
  private async readers(wanted: NotificationInput[]): Promise<Set<string>> {
    const ids = [...new Set(wanted.map((w) => w.recipientId))];
    if (ids.length === 0) return new Set();
    const members = await this.dataSource.query<Array<{ id: string; role: MemberRole; handle: string }>>(
      `SELECT id, role, handle FROM members WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [ids],
    );
    const viewers = new Map(
      members.map((m): [string, Viewer] => [
        m.id,
        { memberId: m.id, role: m.role, handle: m.handle, sessionId: '' },
      ]),
    );
    // All at once: ThreadAccess reads the threads and the standings that are asked together in one statement each.
    const pairs = [...new Set(wanted.map((w) => `${w.recipientId}/${w.threadId}`))];
    const mayRead = await Promise.all(
      pairs.map(async (pair) => {
        const [memberId, threadId] = pair.split('/');
        const viewer = viewers.get(memberId);
        if (!viewer) return false;
        try {
          await this.access.require(viewer, threadId, 'read');
          return true;
        } catch (error) {
          if (error instanceof DomainError) return false;
          throw error;
        }
      }),
    );
    const allowed = new Set(pairs.filter((_, i) => mayRead[i]));
    return allowed;
  }
}
