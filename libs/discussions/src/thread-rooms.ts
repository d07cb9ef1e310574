import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupLifecycle } from '#libs/groups';
import { memberRoom, RealtimePublisher, threadRoom } from '#libs/realtime-publisher';

/**
 * Sockets leave a group's thread rooms at once, on every replica, when their member loses read access: a member
 * who leaves, is removed or banned; everyone but its members and admins when the group stops being PUBLIC; everyone
 * but admins when an admin hides it.
 * Called right after the change commits; a join racing with it re-checks access once in the room (ThreadGateway).
 */
@Injectable()
export class ThreadRoomsOnAccessLoss implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupLifecycle) private readonly groups: GroupLifecycle,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  onModuleInit(): void {
    this.groups.onMembershipEnded(async (groupId, memberId) => {
      this.realtime.leave(memberRoom(memberId), await this.threadRooms(groupId));
    });
    this.groups.onReadersNarrowed((groupId) => this.keepOnlyReaders(groupId));
    this.groups.onHidden((groupId) => this.keepOnlyReaders(groupId));
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
