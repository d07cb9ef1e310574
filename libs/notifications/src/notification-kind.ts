export { NotificationKind } from '#libs/domain-events';
