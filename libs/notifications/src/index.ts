import { Notification, NotificationReceipt } from './notification.entity.js';

export { NotificationsModule } from './notifications.module.js';
export { NotificationKind } from './notification-kind.js';
export { Notification, NotificationReceipt } from './notification.entity.js';
export {
  NotificationService,
  payloadOf,
  type NotificationInput,
  type NotificationPayload,
} from './notification.service.js';

export const NOTIFICATIONS_ENTITIES = [Notification, NotificationReceipt];
