export {
  DOMAIN_EVENT_NAMES,
  type AccountStatus,
  type DomainEventMap,
  type DomainEventName,
} from './domain-event-map.js';
export {
  DomainEvents,
  type AtOnceReaction,
  type JobReaction,
  type TransactionReaction,
} from './domain-events.js';
export { DomainEventsModule } from './domain-events.module.js';
export {
  NotificationSubjects,
  type GuardedSubject,
  type SubjectVisibleSql,
} from './notification-subjects.js';
export {
  NotificationKind,
  requestNotification,
  type NotificationSubject,
  type NotifyRequest,
} from './notify-request.js';
