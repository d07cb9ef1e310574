import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, isUuid, NotFoundError } from '#libs/errors';
import { GroupAccess, groupAllows, type GroupAction } from '#libs/groups';
import { isAdmin, type Viewer } from '#libs/identity';
import { ThreadParticipant } from './thread-participant.entity.js';
import { Thread, ThreadKind } from './thread.entity.js';

export type ThreadAction = 'read' | 'post' | 'moderate';

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
    const thread = isUuid(threadId)
      ? await this.dataSource.getRepository(Thread).findOneBy({ id: threadId })
      : null;
    if (!thread) throw new NotFoundError('That thread');
    if (thread.kind === ThreadKind.DIRECT) {
      const participant = await this.dataSource
        .getRepository(ThreadParticipant)
        .existsBy({ threadId: thread.id, memberId: viewer.memberId });
      if (!participant) throw new NotFoundError('That thread');
      if (action === 'moderate' && !isAdmin(viewer))
        throw new ForbiddenError('Nobody moderates a direct conversation.');
      return thread;
    }
    const { standing, group } = await this.groups.load(viewer, { id: thread.groupId });
    if (!groupAllows(group.visibility, standing, 'read')) throw new NotFoundError('That thread');
    const groupAction: GroupAction = action;
    if (!groupAllows(group.visibility, standing, groupAction)) {
      throw new ForbiddenError(
        action === 'post'
          ? 'Join this group to take part.'
          : 'Only the group’s owners and moderators can do that.',
      );
    }
    if (action === 'post' && thread.locked && !groupAllows(group.visibility, standing, 'moderate')) {
      throw new ForbiddenError('This thread is locked: only moderators can post in it.');
    }
    return thread;
  }
}
