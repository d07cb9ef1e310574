import { EventResolver } from './events/event.resolver.js';
import { GroupEventsResolver, MemberCalendarResolver } from './events/event-extensions.resolver.js';
import { ModerationResolver } from './moderation/moderation.resolver.js';
import { GroupThreadsResolver } from './discussions/group-threads.resolver.js';
import { MessageResolver } from './discussions/message.resolver.js';
import { ThreadResolver } from './discussions/thread.resolver.js';
import { GroupResolver } from './groups/group.resolver.js';
import { MemberGroupsResolver, MembershipResolver } from './groups/membership.resolver.js';
import { AuthResolver } from './identity/auth.resolver.js';
import { InvitationResolver } from './identity/invitation.resolver.js';
import { PasswordResolver } from './identity/password.resolver.js';
import { SessionsResolver } from './identity/sessions.resolver.js';
import { ViewerPermissionsResolver } from './identity/viewer-permissions.resolver.js';
import { BlockingResolver } from './members/blocking.resolver.js';
import { DirectoryResolver } from './members/directory.resolver.js';
import { MemberResolver } from './members/member.resolver.js';
import { PairingResolver } from './members/pairing.resolver.js';
import { TaxonomyResolver } from './members/taxonomy.resolver.js';
import { NotificationResolver } from './notifications/notification.resolver.js';
import { PrivacyResolver } from './privacy/privacy.resolver.js';

/** Every resolver of the API: the schema is built from this list. */
export const RESOLVERS = [
  AuthResolver,
  PasswordResolver,
  SessionsResolver,
  InvitationResolver,
  ViewerPermissionsResolver,
  MemberResolver,
  DirectoryResolver,
  TaxonomyResolver,
  PairingResolver,
  BlockingResolver,
  GroupResolver,
  MembershipResolver,
  MemberGroupsResolver,
  ThreadResolver,
  GroupThreadsResolver,
  MessageResolver,
  NotificationResolver,
  EventResolver,
  MemberCalendarResolver,
  GroupEventsResolver,
  PrivacyResolver,
  ModerationResolver,
];
