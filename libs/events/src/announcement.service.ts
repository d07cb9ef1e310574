import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { NotificationKind } from '#libs/domain-events';
import { WriteLimits } from '#libs/rate-limits';
import { EventAccess } from './event-access.js';
import { EventAnnouncement } from './event-announcement.entity.js';
import { EVENT_LIMITS } from './event-input.js';
import { EventService } from './event.service.js';

/** News from those running an event to everyone going or waiting; kept on the event for later arrivals. */
@Injectable()
export class AnnouncementService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventAccess) private readonly access: EventAccess,
    @Inject(EventService) private readonly events: EventService,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  async announce(viewer: Viewer, eventId: string, message: string): Promise<EventAnnouncement> {
    new InputCheck().text(message, 'message', { min: 1, max: EVENT_LIMITS.announcement }).throwIfInvalid();
    await this.access.require(viewer, eventId, 'manage');
    await this.writeLimits.spend('announcement', viewer.memberId, eventId);
    return this.dataSource.transaction(async (manager) => {
      const announcement = await manager
        .getRepository(EventAnnouncement)
        .save({ eventId, authorId: viewer.memberId, message: message.trim() });
      await this.events.tellAttendees(
        manager,
        viewer,
        eventId,
        NotificationKind.EVENT_ANNOUNCEMENT,
        announcement.message,
        announcement.id,
      );
      return announcement;
    });
  }

  /** An event's announcements, latest first (the caller has checked that the viewer may see the event). */
  ofEvent(eventId: string): Promise<EventAnnouncement[]> {
    return this.dataSource
      .getRepository(EventAnnouncement)
      .find({ where: { eventId }, order: { createdAt: 'DESC' }, take: 100 });
  }
}
