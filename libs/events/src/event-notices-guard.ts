import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { NotificationSubjects } from '#libs/domain-events';
import { maySeeEventSql } from './event-visibility.js';

/**
 * A notification about an event (a notice, a reminder, a promotion) tells only members who may still see the event
 * when it is sent, by the event policy: said to the notifications domain when this module starts.
 */
@Injectable()
export class EventNoticesGuard implements OnModuleInit {
  constructor(@Inject(NotificationSubjects) private readonly subjects: NotificationSubjects) {}

  onModuleInit(): void {
    this.subjects.guard('event', maySeeEventSql);
  }
}
