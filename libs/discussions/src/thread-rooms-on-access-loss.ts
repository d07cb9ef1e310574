import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvents } from '#libs/domain-events';
import { memberRoom, RealtimePublisher, threadRoom } from '#libs/realtime-publisher';

/**
 * Sockets leave a group's thread rooms at once, on every replica, when their member loses read access: a member
 * who leaves, is removed or banned; everyone but its members and admins when the group stops being PUBLIC; everyone
 * but admins when an admin hides it.
 * At-once reactions to the groups' domain events, run right after the change commits (moderation calls `groupHidden`
 * itself); a join racing with it re-checks access once in the room (ThreadGateway).
 */
@Injectable()
export class ThreadRoomsOnAccessLoss implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  onModuleInit(): void {
    this.events.atOnce('groups.membership-ended', 'discussions.leave-thread-rooms', async (ended) => {
      this.realtime.leave(memberRoom(ended.memberId), await this.threadRooms(ended.groupId));
    });
    this.events.atOnce('groups.readers-narrowed', 'discussions.leave-thread-rooms', (narrowed) =>
      this.keepOnlyReaders(narrowed.groupId),
    );
  }

  /** An admin hid the group (a report resolved): only admins may read it now, until it is shown again. */
  groupHidden(groupId: string): Promise<void> {
    return this.keepOnlyReaders(groupId);
  }

  /** Every socket in the group's thread rooms leaves them but those of who may read it now: the policy's `read`. */
  private async keepOnlyReaders(groupId: string): Promise<void> {
    const readers = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT gm.member_id AS id FROM group_memberships gm JOIN groups g ON g.id = gm.group_id
        WHERE gm.group_id = $1 AND gm.status = 'ACTIVE' AND g.hidden_at IS NULL
       UNION SELECT id FROM members WHERE role = 'ADMIN' AND status = 'ACTIVE'`,
      [groupId],
    );
    this.realtime.leaveAllBut(
      await this.threadRooms(groupId),
      readers.map((reader) => memberRoom(reader.id)),
    );
  }

  private async threadRooms(groupId: string): Promise<string[]> {
    const threads = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM threads WHERE group_id = $1',
      [groupId],
    );
    return threads.map((thread) => threadRoom(thread.id));
  }
}
