import { CalendarFeed } from './calendar-feed.entity.js';
import { EventAnnouncement } from './event-announcement.entity.js';
import { EventRsvp } from './event-rsvp.entity.js';
import { Event } from './event.entity.js';

export { EventsModule } from './events.module.js';
export { Event } from './event.entity.js';
export { EventRsvp } from './event-rsvp.entity.js';
export { EventAnnouncement } from './event-announcement.entity.js';
export { EventFormat, EventStatus, RsvpStatus } from './event-enums.js';
export {
  eventAllows,
  eventPermissions,
  mayCreateEvent,
  type EventAction,
  type EventPermissions,
  type EventStanding,
  type EventState,
} from './event.policy.js';
export { EventAccess, type EventInContext } from './event-access.js';
export { EventService } from './event.service.js';
export { EVENT_LIMITS, isTimeZone, type EventInput } from './event-input.js';
export { RsvpService, type RsvpAnswer } from './rsvp.service.js';
export { EventDirectory, type EventFilter } from './event-directory.js';
export { AnnouncementService } from './announcement.service.js';
export {
  AttendeesService,
  type Attendee,
  type AttendeeList,
  type LeaderTypeCount,
} from './attendees.service.js';
export { CalendarService } from './calendar.service.js';
export { EventReminders, EVENT_REMINDER_JOB, REMINDER_LEADS } from './event-reminders.js';
export { whenOf } from './event-changes.js';
export { maySeeEventSql } from './event-visibility.js';

export const EVENTS_ENTITIES = [Event, EventRsvp, EventAnnouncement, CalendarFeed];
