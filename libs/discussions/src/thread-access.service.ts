import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { queryPrepared } from '#libs/database';
import { ForbiddenError, isUuid, NotFoundError } from '#libs/errors';
import { GroupAccess, groupAllows, type GroupAction } from '#libs/groups';
import { isAdmin, type Viewer } from '#libs/identity';
import { Thread, ThreadKind } from './thread.entity.js';

export type ThreadAction = 'read' | 'post' | 'moderate';

/** A direct conversation whose other member is gone, or (told in the same words) blocked the viewer. */
export const CONVERSATION_CLOSED = 'This conversation is closed: you can no longer send messages in it.';

/**
 * Who may read, post in and moderate a thread: for a group thread, the group policy decides (through
 * GroupAccess); a direct thread belongs to its two participants. A thread the viewer may not read is NOT_FOUND.
 */
@Injectable()
export class ThreadAccess {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
  ) {}

  async require(viewer: Viewer, threadId: string, action: ThreadAction): Promise<Thread> {
    const thread = isUuid(threadId) ? await this.thread(threadId) : null;
    if (!thread) throw new NotFoundError('That thread');
    if (thread.kind === ThreadKind.DIRECT) {
      const participant = await this.dataSource.query<unknown[]>(
        'SELECT 1 FROM thread_participants WHERE thread_id = $1 AND member_id = $2',
        [thread.id, viewer.memberId],
      );
      if (participant.length === 0) throw new NotFoundError('That thread');
      // Hidden by a moderator: gone for the participants; admins still reach it.
      if (thread.hiddenAt && !isAdmin(viewer)) throw new NotFoundError('That thread');
      if (action === 'moderate' && !isAdmin(viewer))
        throw new ForbiddenError('Nobody moderates a direct conversation.');
      if (action === 'post') await this.requireOtherReachable(viewer, thread);
      return thread;
    }
    const { standing, visibility } = await this.groups.standing(viewer, thread.groupId!);
    if (!groupAllows(visibility, standing, 'read')) throw new NotFoundError('That thread');
    // Hidden by a moderator: gone for everyone but the group's moderators (and admins).
    if (thread.hiddenAt && !groupAllows(visibility, standing, 'moderate'))
      throw new NotFoundError('That thread');
    const groupAction: GroupAction = action;
    if (!groupAllows(visibility, standing, groupAction)) {
      throw new ForbiddenError(
        action === 'post'
          ? 'Join this group to take part.'
          : 'Only the group’s owners and moderators can do that.',
      );
    }
    if (action === 'post' && thread.locked && !groupAllows(visibility, standing, 'moderate')) {
      throw new ForbiddenError('This thread is locked: only moderators can post in it.');
    }
    return thread;
  }

  /**
   * Writing to the other participant of a direct thread: refused when they are gone (deleted or suspended) and, in
   * the very same words, when they blocked the viewer, so that a blocked member cannot tell a block from an account
   * that is gone. The blocker is told their own block.
   */
  private async requireOtherReachable(viewer: Viewer, thread: Thread): Promise<void> {
    const otherId = thread.directKey?.split(':').find((id) => id !== viewer.memberId);
    const [other] = await this.dataSource.query<
      Array<{ active: boolean; blocked_viewer: boolean; viewer_blocked: boolean }>
    >(
      `SELECT m.status = 'ACTIVE' AS active,
              EXISTS (SELECT 1 FROM member_blocks WHERE blocker_id = m.id AND blocked_id = $2) AS blocked_viewer,
              EXISTS (SELECT 1 FROM member_blocks WHERE blocker_id = $2 AND blocked_id = m.id) AS viewer_blocked
         FROM members m WHERE m.id = $1`,
      [otherId ?? viewer.memberId, viewer.memberId],
    );
    if (!other?.active || other.blocked_viewer) throw new ForbiddenError(CONVERSATION_CLOSED);
    if (other.viewer_blocked)
      throw new ForbiddenError('You have blocked this member: unblock them to write to them.');
  }

  /**
   * Thread rows, fresh from the database (no cache): the lookups that arrive in the same tick (a busy thread's
   * sends) are read together, in one prepared statement. This runs on every message sent.
   */
  private readonly threads = new DataLoader<string, Thread | null>(
    async (ids) => {
      const rows = await queryPrepared<ThreadRow>(
        this.dataSource,
        'threads-by-id',
        `SELECT id, kind, group_id, direct_key, title, author_id, created_at, last_activity_at, last_seq,
                message_count, pinned, locked, hidden_at
           FROM threads WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, toThread(row)]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    },
    { cache: false },
  );

  private thread(threadId: string): Promise<Thread | null> {
    return this.threads.load(threadId);
  }
}

function toThread(row: ThreadRow): Thread {
  return Object.assign(new Thread(), {
    id: row.id,
    kind: row.kind,
    groupId: row.group_id,
    directKey: row.direct_key,
    title: row.title,
    authorId: row.author_id,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    lastSeq: row.last_seq,
    messageCount: row.message_count,
    pinned: row.pinned,
    locked: row.locked,
    hiddenAt: row.hidden_at,
  });
}

interface ThreadRow {
  id: string;
  kind: ThreadKind;
  group_id: string | null;
  direct_key: string | null;
  title: string | null;
  author_id: string | null;
  created_at: Date;
  last_activity_at: Date;
  last_seq: number;
  message_count: number;
  pinned: boolean;
  locked: boolean;
  hidden_at: Date | null;
}
