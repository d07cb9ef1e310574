import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupLifecycle } from '#libs/groups';
import { memberRoom, RealtimePublisher, threadRoom } from '#libs/realtime-publisher';

/** A member who leaves, is removed from or banned from a group leaves its threads' rooms at once, on every replica. */
@Injectable()
export class ThreadRoomsOnAccessLoss implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupLifecycle) private readonly groups: GroupLifecycle,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  onModuleInit(): void {
    this.groups.onMembershipEnded(async (groupId, memberId) => {
      const threads: Array<{ id: string }> = await this.dataSource.query(
        'SELECT id FROM threads WHERE group_id = $1',
        [groupId],
      );
      this.realtime.leave(
        memberRoom(memberId),
        threads.map((thread) => threadRoom(thread.id)),
      );
    });
  }
}
