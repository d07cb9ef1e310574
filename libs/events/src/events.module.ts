import { Module, type DynamicModule } from '@nestjs/common';
import { AnnouncementService } from './announcement.service.js';
import { AttendeesService } from './attendees.service.js';
import { CalendarService } from './calendar.service.js';
import { EventAccess } from './event-access.js';
import { EventDirectory } from './event-directory.js';
import { EventNoticesGuard } from './event-notices-guard.js';
import { EventReminders } from './event-reminders.js';
import { EventService } from './event.service.js';
import { EventsOnAccessLoss } from './events-on-access-loss.js';
import { RsvpService } from './rsvp.service.js';

const SERVICES = [
  EventAccess,
  EventService,
  RsvpService,
  EventDirectory,
  AnnouncementService,
  AttendeesService,
  CalendarService,
  EventReminders,
  EventsOnAccessLoss,
  EventNoticesGuard,
];

/** Events, RSVPs and the waitlist, announcements, calendars and reminders. Needs the groups, members and jobs modules. */
@Module({})
export class EventsModule {
  static forRoot(): DynamicModule {
    return { module: EventsModule, global: true, providers: SERVICES, exports: SERVICES };
  }
}
