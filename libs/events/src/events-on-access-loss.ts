import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvents } from '#libs/domain-events';
import { MAY_SEE_EVENT } from './event-visibility.js';
import { RsvpService } from './rsvp.service.js';

/**
 * A member who may no longer read a group (left, removed or banned from a private or hidden group; banned from any;
 * everyone but its members once it stops being PUBLIC) gives up their places at its upcoming events: the first in
 * line gets each, and the member is told nothing more about those events. A job of the groups' domain events, so a
 * process that dies right after the change still gives the places up; running it again finds nothing more to do.
 */
@Injectable()
export class EventsOnAccessLoss implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(RsvpService) private readonly rsvps: RsvpService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.onJob('groups.membership-ended', 'events.withdraw-unseen-rsvps', (ended) =>
      this.withdrawUnseen(ended.groupId, ended.memberId),
    );
    await this.events.onJob('groups.readers-narrowed', 'events.withdraw-unseen-rsvps', (narrowed) =>
      this.withdrawUnseen(narrowed.groupId, null),
    );
  }

  /** Withdraws the answers (of one member, or of anyone) to the group's upcoming events they may no longer see. */
  private async withdrawUnseen(groupId: string, memberId: string | null): Promise<void> {
    const answered = await this.dataSource.query<Array<{ event_id: string; member_id: string }>>(
      `SELECT r.event_id, r.member_id
         FROM event_rsvps r
         JOIN events e ON e.id = r.event_id AND e.group_id = $1 AND e.status = 'SCHEDULED' AND e.starts_at > now()
         LEFT JOIN groups g ON g.id = e.group_id
         LEFT JOIN group_memberships gm ON gm.group_id = g.id AND gm.member_id = r.member_id
        WHERE ($2::uuid IS NULL OR r.member_id = $2) AND r.status IN ('GOING', 'WAITLISTED')
          AND NOT coalesce(${MAY_SEE_EVENT}, false)
          AND NOT EXISTS (SELECT 1 FROM members a WHERE a.id = r.member_id AND a.role = 'ADMIN')`,
      [groupId, memberId],
    );
    for (const { event_id, member_id } of answered) await this.rsvps.withdraw(event_id, member_id);
  }
}
