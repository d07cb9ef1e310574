import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainEvents,
  NotificationKind,
  requestNotification,
  type DomainEventMap,
} from '#libs/domain-events';
import { DomainError } from '#libs/errors';
import type { MemberRole, Viewer } from '#libs/identity';
import { ThreadAccess } from './thread-access.js';

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

/** One member a message concerns, and how. */
interface Concerned {
  recipientId: string;
  kind: NotificationKind;
  message: WrittenRow;
  groupKey: string | null;
}

/**
 * Who hears about stored messages (the job of `discussions.messages-written`): a mention, a reply to your message, a
 * message in your direct conversation. Never about your own messages, never a member who may not read the thread or
 * is not active. Asks the notifications domain to tell them (`notifications.requested`), which leaves out who blocked
 * the author and who turned the kind off. Replies and direct messages gather per thread while unread.
 */
@Injectable()
export class MessageAudience implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.onJob(
      'discussions.messages-written',
      'discussions.tell-who-a-message-concerns',
      (written) => this.tell(written),
    );
  }

  async tell(written: DomainEventMap['discussions.messages-written']): Promise<void> {
    const rows = await this.dataSource.query<WrittenRow[]>(
      `SELECT m.id, m.thread_id, m.author_id, m.mentioned_ids, parent.author_id AS parent_author_id,
              t.kind = 'DIRECT' AS direct, m.deleted_at IS NOT NULL AS deleted
         FROM messages m
         JOIN threads t ON t.id = m.thread_id
         LEFT JOIN messages parent ON parent.id = m.parent_id
        WHERE m.id = ANY($1::uuid[])
        ORDER BY m.thread_id, m.seq`,
      [written.messageIds],
    );
    const concerned = (
      await Promise.all(rows.filter((row) => !row.deleted).map((row) => this.concernedBy(row)))
    ).flat();
    const readers = await this.readers(concerned);
    const told = concerned.filter((c) => readers.has(`${c.recipientId}/${c.message.thread_id}`));
    if (told.length === 0) return;
    // One request per message and kind, all in one transaction: they exist together or not at all.
    const requests = new Map<string, Concerned[]>();
    for (const c of told) {
      const key = `${c.message.id}/${c.kind}`;
      requests.set(key, [...(requests.get(key) ?? []), c]);
    }
    await this.dataSource.transaction(async (manager) => {
      for (const [first, ...others] of requests.values()) {
        await requestNotification(this.events, manager, {
          kind: first.kind,
          actorId: first.message.author_id,
          recipientIds: [first, ...others].map((c) => c.recipientId),
          threadId: first.message.thread_id,
          messageId: first.message.id,
          sourceId: first.message.id,
          groupKey: first.groupKey,
        });
      }
    });
  }

  /** Who a message concerns, and how: a direct message, else a mention, else a reply. One notification each. */
  private async concernedBy(row: WrittenRow): Promise<Concerned[]> {
    const author = row.author_id;
    const told = new Set<string>(author ? [author] : []);
    const concerned: Concerned[] = [];
    const add = (recipientId: string | null, kind: NotificationKind, groupKey: string | null) => {
      if (!recipientId || told.has(recipientId)) return;
      told.add(recipientId);
      concerned.push({ recipientId, kind, message: row, groupKey });
    };
    if (row.direct) {
      const others = await this.dataSource.query<Array<{ member_id: string }>>(
        'SELECT member_id FROM thread_participants WHERE thread_id = $1',
        [row.thread_id],
      );
      others.forEach((o) => add(o.member_id, NotificationKind.DIRECT_MESSAGE, `direct:${row.thread_id}`));
      return concerned;
    }
    row.mentioned_ids
      .filter((id) => id !== author)
      .slice(0, MENTIONS_TOLD_MAX)
      .forEach((id) => add(id, NotificationKind.MENTION, null));
    add(row.parent_author_id, NotificationKind.REPLY, `reply:${row.thread_id}`);
    return concerned;
  }

  /** Which (recipient, thread) pairs may be told: active members who may read the thread, by the policy. */
  private async readers(concerned: Concerned[]): Promise<Set<string>> {
    const ids = [...new Set(concerned.map((c) => c.recipientId))];
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
    const pairs = [...new Set(concerned.map((c) => `${c.recipientId}/${c.message.thread_id}`))];
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
    return new Set(pairs.filter((_, i) => mayRead[i]));
  }
}
