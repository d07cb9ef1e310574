import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { queryPrepared } from '#libs/database';
import { ForbiddenError, isUuid, NotFoundError } from '#libs/errors';
import { GroupAccess, groupPermits } from '#libs/groups';
import { isAdmin, type Viewer } from '#libs/identity';
import {
  messagePermissions,
  threadPermissions,
  type MessagePermissions,
  type ThreadPermissions,
} from './discussion.policy.js';
import type { Message } from './message.entity.js';
import { Thread, ThreadKind } from './thread.entity.js';

const NOTHING: ThreadPermissions = { read: false, post: false, moderate: false, report: false };

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
      const may = threadPermissions(thread, {
        kind: 'direct',
        participant: participant.length > 0,
        isAdmin: isAdmin(viewer),
        otherReachable: true,
      });
      // Hidden by a moderator: gone for the participants; admins still reach it.
      if (!may.read) throw new NotFoundError('That thread');
      if (action === 'moderate' && !may.moderate)
        throw new ForbiddenError('Nobody moderates a direct conversation.');
      if (action === 'post') await this.requireOtherReachable(viewer, thread);
      return thread;
    }
    const { standing, visibility, hidden } = await this.groups.standing(viewer, thread.groupId!);
    const group = { visibility, hiddenByAdmin: hidden };
    const may = threadPermissions(thread, { kind: 'group', group, standing });
    // Hidden by a moderator: gone for everyone but the group's moderators (and admins).
    if (!may.read) throw new NotFoundError('That thread');
    if (action === 'post' && !may.post) {
      throw new ForbiddenError(
        groupPermits(group, standing, 'post')
          ? 'This thread is locked: only moderators can post in it.'
          : 'Join this group to take part.',
      );
    }
    if (action === 'moderate' && !may.moderate)
      throw new ForbiddenError('Only the group’s owners and moderators can do that.');
    return thread;
  }

  /**
   * What the viewer may do in a thread they were shown (`Thread.viewerCan`): group standings and direct
   * conversations asked in the same tick share one statement each.
   */
  async permissionsFor(viewer: Viewer, thread: Thread): Promise<ThreadPermissions> {
    if (thread.kind === ThreadKind.DIRECT) {
      const direct = await this.directStandings.load({ threadId: thread.id, viewerId: viewer.memberId });
      return threadPermissions(thread, { kind: 'direct', isAdmin: isAdmin(viewer), ...direct });
    }
    try {
      const { standing, visibility, hidden } = await this.groups.standing(viewer, thread.groupId!);
      return threadPermissions(thread, {
        kind: 'group',
        group: { visibility, hiddenByAdmin: hidden },
        standing,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return NOTHING;
      throw error;
    }
  }

  /** What the viewer may do with a message (`Message.viewerCan`); its thread is read once per tick. */
  async messagePermissionsFor(viewer: Viewer, message: Message): Promise<MessagePermissions> {
    const thread = await this.thread(message.threadId);
    const inThread = thread ? await this.permissionsFor(viewer, thread) : NOTHING;
    return messagePermissions(message, viewer.memberId, inThread);
  }

  /** Whether the viewer takes part in each direct conversation, and whether its other person can still be written to. */
  private readonly directStandings = new DataLoader<
    { threadId: string; viewerId: string },
    { participant: boolean; otherReachable: boolean },
    string
  >(
    async (keys) => {
      const rows = await this.dataSource.query<
        Array<{ thread_id: string; viewer_id: string; participant: boolean; reachable: boolean }>
      >(
        `SELECT k.thread_id, k.viewer_id,
                EXISTS (SELECT 1 FROM thread_participants p
                         WHERE p.thread_id = k.thread_id AND p.member_id = k.viewer_id) AS participant,
                coalesce(o.status = 'ACTIVE', false)
                  AND NOT EXISTS (SELECT 1 FROM member_blocks b
                                   WHERE (b.blocker_id = o.id AND b.blocked_id = k.viewer_id)
                                      OR (b.blocker_id = k.viewer_id AND b.blocked_id = o.id)) AS reachable
           FROM unnest($1::uuid[], $2::uuid[]) AS k(thread_id, viewer_id)
           JOIN threads t ON t.id = k.thread_id
           LEFT JOIN members o
             ON o.id = coalesce((SELECT x::uuid FROM unnest(string_to_array(t.direct_key, ':')) AS x
                                  WHERE x::uuid <> k.viewer_id LIMIT 1), k.viewer_id)`,
        [keys.map((k) => k.threadId), keys.map((k) => k.viewerId)],
      );
      const byKey = new Map(rows.map((row) => [`${row.thread_id}/${row.viewer_id}`, row]));
      return keys.map((k) => {
        const row = byKey.get(`${k.threadId}/${k.viewerId}`);
        return { participant: row?.participant ?? false, otherReachable: row?.reachable ?? false };
      });
    },
    { cache: false, cacheKeyFn: (k) => `${k.threadId}/${k.viewerId}` },
  );

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
