import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { DomainEvents } from '#libs/domain-events';
import { ForbiddenError, InputCheck, NotFoundError } from '#libs/errors';
import { GroupAccess } from '#libs/groups';
import { Member, MemberStatus, type Viewer } from '#libs/identity';
import { MessagesStored } from '#libs/metrics';
import { BlockingService, ProfileReader } from '#libs/members';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import { WriteLimits } from '#libs/rate-limits';
import { checkBody } from './body.js';
import { appendMessages } from './message-appender.js';
import { ThreadAccess } from './thread-access.js';
import { ThreadParticipant } from './thread-participant.entity.js';
import { Thread, ThreadKind } from './thread.entity.js';

export const TITLE_MAX = 200;

/** Threads: in groups, and direct ones between two members; the viewer's threads by last activity. */
@Injectable()
export class ThreadService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(BlockingService) private readonly blocking: BlockingService,
    @Inject(MessagesStored) private readonly stored: MessagesStored,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  /** A thread with its first message, in a group the viewer may post in. */
  async createThread(
    viewer: Viewer,
    input: { groupId: string; title: string; body: string },
  ): Promise<Thread> {
    new InputCheck().line(input.title, 'title', { min: 1, max: TITLE_MAX }).throwIfInvalid();
    checkBody(input.body);
    await this.groups.require(viewer, input.groupId, 'post');
    await this.writeLimits.spend('thread', viewer.memberId);
    const thread = await this.dataSource.transaction(async (manager) => {
      const created = await manager.getRepository(Thread).save({
        kind: ThreadKind.GROUP,
        groupId: input.groupId,
        title: input.title.trim(),
        authorId: viewer.memberId,
      });
      const [first] = await appendMessages((text, values) => manager.query(text, values), created.id, [
        { authorId: viewer.memberId, body: input.body, parentId: null, clientId: null },
      ]);
      if (first.message.mentionedIds.length > 0) {
        await this.events.publish(manager, 'discussions.messages-written', {
          messageIds: [first.message.id],
        });
      }
      return created;
    });
    this.stored.add(); // the first message, committed with the thread
    return this.dataSource.getRepository(Thread).findOneByOrFail({ id: thread.id });
  }

  /** The direct thread between the viewer and another member: the existing one, or a new one. */
  async startDirectThread(viewer: Viewer, memberId: string): Promise<Thread> {
    new InputCheck()
      .uuid(memberId, 'memberId')
      .require(memberId !== viewer.memberId, 'memberId', 'You cannot start a conversation with yourself.')
      .throwIfInvalid();
    const [other] = await this.profiles.viewMany(viewer, [memberId]);
    const active = await this.dataSource
      .getRepository(Member)
      .existsBy({ id: memberId, status: MemberStatus.ACTIVE });
    const blocks = await this.blocking.between(viewer.memberId, memberId);
    // Blocked by them: the same answer as when their account is gone, so that a block cannot be told apart.
    if (!other || !active || blocks.bBlockedA) throw new NotFoundError('That member');
    if (blocks.aBlockedB)
      throw new ForbiddenError('You have blocked this member: unblock them to start a conversation.');
    const directKey = [viewer.memberId, memberId].sort().join(':');
    const threads = this.dataSource.getRepository(Thread);
    const existing = await threads.findOneBy({ directKey });
    if (existing) return existing;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const created = await manager
          .getRepository(Thread)
          .save({ kind: ThreadKind.DIRECT, directKey, authorId: viewer.memberId });
        await manager.getRepository(ThreadParticipant).insert([
          { threadId: created.id, memberId: viewer.memberId },
          { threadId: created.id, memberId },
        ]);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'threads_direct_key')) return threads.findOneByOrFail({ directKey });
      throw error;
    }
  }

  /** Moderators pin a thread (it stays on top) or lock it (only moderators may post). */
  async moderateThread(
    viewer: Viewer,
    threadId: string,
    change: { pinned?: boolean; locked?: boolean },
  ): Promise<Thread> {
    const thread = await this.access.require(viewer, threadId, 'moderate');
    await this.dataSource.getRepository(Thread).update(thread.id, change);
    return this.dataSource.getRepository(Thread).findOneByOrFail({ id: thread.id });
  }

  /** NOT_FOUND unless the viewer may read it. */
  thread(viewer: Viewer, threadId: string): Promise<Thread> {
    return this.access.require(viewer, threadId, 'read');
  }

  /**
   * The viewer's threads, most recent activity first: their direct threads and the threads of the groups they are
   * active in. With `unreadOnly`, only threads with messages after what they have read.
   */
  async myThreads(
    viewer: Viewer,
    first?: number | null,
    after?: string | null,
    unreadOnly = false,
  ): Promise<Page<Thread>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, isActivityCursor);
    const rows: Array<{ id: string; at: string }> = await this.dataSource.query(
      `SELECT t.id, to_char(t.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM threads t
         LEFT JOIN thread_participants p ON p.thread_id = t.id AND p.member_id = $1
        WHERE (p.member_id IS NOT NULL AND t.kind = 'DIRECT'
               OR t.group_id IN (SELECT group_id FROM group_memberships WHERE member_id = $1 AND status = 'ACTIVE'))
          AND (NOT $2 OR t.last_seq > coalesce(p.last_read_seq, 0))
          AND t.last_seq > 0 AND t.hidden_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM groups g WHERE g.id = t.group_id AND g.hidden_at IS NOT NULL)
          AND ($3::timestamp IS NULL OR (t.last_activity_at AT TIME ZONE 'UTC', t.id) < ($3::timestamp, $4::uuid))
        ORDER BY t.last_activity_at DESC, t.id DESC
        LIMIT $5`,
      [viewer.memberId, unreadOnly, cursor?.at ?? null, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(Thread).findBy({ id: In(ids) }),
    );
  }

  /**
   * A group's threads: pinned ones first, then by latest activity. Empty when the viewer may not read the group;
   * hidden threads are left out (moderators find them through reports).
   */
  async groupThreads(
    viewer: Viewer,
    groupId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Thread>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, isActivityCursor);
    if (!(await this.groups.allows(viewer, groupId, 'read'))) {
      return { items: [], hasNextPage: false, hasPreviousPage: false };
    }
    const rows: Array<{ id: string; at: string; rank: number }> = await this.dataSource.query(
      `SELECT t.id, t.pinned::int AS rank,
              to_char(t.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM threads t
        WHERE t.group_id = $1 AND t.hidden_at IS NULL
          AND ($2::timestamp IS NULL
               OR (t.pinned::int, t.last_activity_at AT TIME ZONE 'UTC', t.id) < ($3::int, $2::timestamp, $4::uuid))
        ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
        LIMIT $5`,
      [groupId, cursor?.at ?? null, cursor?.rank ?? 0, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(Thread).findBy({ id: In(ids) }),
    );
  }

  /** Unread counts for the viewer in several threads: one query. */
  async unreadCounts(viewer: Viewer, threadIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; unread: number }> = await this.dataSource.query(
      `SELECT t.id, (SELECT count(*)::int FROM messages m
                      WHERE m.thread_id = t.id AND m.seq > coalesce(p.last_read_seq, 0)
                        AND m.deleted_at IS NULL AND m.hidden_at IS NULL AND m.author_id IS DISTINCT FROM $2) AS unread
         FROM threads t LEFT JOIN thread_participants p ON p.thread_id = t.id AND p.member_id = $2
        WHERE t.id = ANY($1::uuid[])`,
      [threadIds, viewer.memberId],
    );
    return new Map(rows.map((row) => [row.id, row.unread]));
  }
}
