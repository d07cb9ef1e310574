import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupLifecycle } from '#libs/groups';
import { MAY_SEE_EVENT } from './event-visibility.js';
import { RsvpService } from './rsvp.service.js';

/**
 * A member who leaves, is removed from or banned from a group they may then no longer read (private and hidden
 * groups; banned from any) gives up their places at its upcoming events: the first in line gets each, and the member
 * is told nothing more about those events.
 */
@Injectable()
export class EventsOnAccessLoss implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupLifecycle) private readonly groups: GroupLifecycle,
    @Inject(RsvpService) private readonly rsvps: RsvpService,
  ) {}

  onModuleInit(): void {
    this.groups.onMembershipEnded(async (groupId, memberId) => {
      const answered = await this.dataSource.query<Array<{ event_id: string }>>(
        `SELECT r.event_id
           FROM event_rsvps r
           JOIN events e ON e.id = r.event_id AND e.group_id = $1 AND e.status = 'SCHEDULED' AND e.starts_at > now()
           LEFT JOIN groups g ON g.id = e.group_id
           LEFT JOIN group_memberships gm ON gm.group_id = g.id AND gm.member_id = $2
          WHERE r.member_id = $2 AND r.status IN ('GOING', 'WAITLISTED')
            AND NOT coalesce(${MAY_SEE_EVENT}, false)`,
        [groupId, memberId],
      );
      for (const { event_id } of answered) await this.rsvps.withdraw(event_id, memberId);
    });
  }
}
