export { NotificationKind } from '#libs/notification-requests';
