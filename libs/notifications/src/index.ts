import { NotificationPreference } from './notification-preference.entity.js';
import { Notification, NotificationReceipt } from './notification.entity.js';

export { NotificationsModule } from './notifications.module.js';
export { DAILY_DIGEST_JOB } from './daily-digest.js';
export { NotificationKind } from './notification-kind.js';
export { Notification } from './notification.entity.js';
export {
  NotificationService,
  type NotificationInput,
  type NotificationPayload,
} from './notification.service.js';

export { NotificationChannel } from './notification-channel.js';
export { NotificationPreferences, type KindChannel } from './notification-preferences.js';
export type { UnsubscribeFrom } from './unsubscribe-token.js';
export { KIND_NAMES, NotificationWording, type NotificationText } from './notification-wording.js';

export const NOTIFICATIONS_ENTITIES = [Notification, NotificationReceipt, NotificationPreference];
