import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThreadAccess } from '#libs/discussions';
import { NotFoundError } from '#libs/errors';
import { EventAccess } from '#libs/events';
import { GroupAccess } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { ReportSubject } from './report.entity.js';

/** Where a reported thing sits: whose moderators see the report, and whose doing it is. */
export interface SubjectPlace {
  groupId: string | null;
  memberId: string | null;
  threadId: string | null;
}

/**
 * Finds a reported thing as the viewer may see it (NOT_FOUND otherwise: nobody reports what they cannot see) and
 * where it sits. Content in a group goes to the group's moderators; direct messages, members and groups to admins.
 */
@Injectable()
export class ReportSubjects {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ThreadAccess) private readonly threads: ThreadAccess,
    @Inject(EventAccess) private readonly events: EventAccess,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
  ) {}

  async place(viewer: Viewer, type: ReportSubject, id: string): Promise<SubjectPlace> {
    switch (type) {
      case ReportSubject.MESSAGE: {
        const [message] = await this.dataSource.query<Array<{ thread_id: string; author_id: string | null }>>(
          'SELECT thread_id, author_id FROM messages WHERE id = $1 AND deleted_at IS NULL',
          [id],
        );
        if (!message) throw new NotFoundError('That message');
        const thread = await this.threads.require(viewer, message.thread_id, 'read');
        return { groupId: thread.groupId, memberId: message.author_id, threadId: thread.id };
      }
      case ReportSubject.THREAD: {
        const thread = await this.threads.require(viewer, id, 'read');
        return { groupId: thread.groupId, memberId: thread.authorId, threadId: thread.id };
      }
      case ReportSubject.EVENT: {
        const { event } = await this.events.load(viewer, id);
        return { groupId: event.groupId, memberId: event.organiserId, threadId: null };
      }
      case ReportSubject.GROUP: {
        await this.groups.load(viewer, { id });
        return { groupId: null, memberId: null, threadId: null };
      }
      case ReportSubject.MEMBER: {
        const [member] = await this.dataSource.query<unknown[]>(
          "SELECT 1 FROM members WHERE id = $1 AND status <> 'DELETED'",
          [id],
        );
        if (!member) throw new NotFoundError('That member');
        return { groupId: null, memberId: id, threadId: null };
      }
    }
  }
}
