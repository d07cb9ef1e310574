import { AUDIT_ENTITIES } from '#libs/audit';
import { DISCUSSIONS_ENTITIES } from '#libs/discussions';
import { EVENTS_ENTITIES } from '#libs/events';
import { GROUPS_ENTITIES } from '#libs/groups';
import { IDENTITY_ENTITIES } from '#libs/identity';
import { OutboxEmail } from '#libs/mail';
import { MEMBERS_ENTITIES } from '#libs/members';
import { MODERATION_ENTITIES } from '#libs/moderation';
import { NOTIFICATIONS_ENTITIES } from '#libs/notifications';
import { ThrottleCounter } from '#libs/rate-limits';

/** Every entity of every domain: the one database schema that migrations are generated from. */
export const ENTITIES = [
  ...IDENTITY_ENTITIES,
  OutboxEmail,
  ...MEMBERS_ENTITIES,
  ...GROUPS_ENTITIES,
  ...DISCUSSIONS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...EVENTS_ENTITIES,
  ...MODERATION_ENTITIES,
  ...AUDIT_ENTITIES,
  ThrottleCounter,
];
