import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MESSAGES_WRITTEN_JOB, ThreadAccess, type MessagesWritten } from '#libs/discussions';
import { DomainError } from '#libs/errors';
import type { MemberRole, Viewer } from '#libs/identity';
import { JobQueue, type JobRun } from '#libs/jobs';
import { NotificationDelivery } from './notification-delivery.js';
import { NotificationKind } from './notification-kind.js';
import type { NotificationInput } from './notification.service.js';

/** The most members one message's mentions tell: more are kept as text and tell nobody (a mass-mention spam). */
export const MENTIONS_TOLD_MAX = 20;

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
 * read the thread, is not active or blocked the author. Replies and direct messages gather per thread while unread.
 */
@Injectable()
export class MessageNotifier implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
    @Inject(NotificationDelivery) private readonly delivery: NotificationDelivery,
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
    await this.delivery.deliver(wanted.filter((w) => readers.has(`${w.recipientId}/${w.threadId}`)));
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
    row.mentioned_ids
      .filter((id) => id !== author)
      .slice(0, MENTIONS_TOLD_MAX)
      .forEach((id) => add(id, NotificationKind.MENTION, null));
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
