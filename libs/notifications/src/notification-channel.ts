import { NotificationKind } from './notification-kind.js';

/** How a member wants to hear of one kind of notification. */
export enum NotificationChannel {
  /** In the notification centre and on open sockets only. */
  IN_APP = 'IN_APP',
  /** Also by e-mail, at once (one e-mail per notification, not one per thing gathered into it). */
  EMAIL_NOW = 'EMAIL_NOW',
  /** Also in the daily digest e-mail, if still unread. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** Not at all. */
  OFF = 'OFF',
}

/** Mentions and direct messages by e-mail at once; the rest in the app. */
export function defaultChannel(kind: NotificationKind): NotificationChannel {
  return kind === NotificationKind.MENTION || kind === NotificationKind.DIRECT_MESSAGE
    ? NotificationChannel.EMAIL_NOW
    : NotificationChannel.IN_APP;
}
