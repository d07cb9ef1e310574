import { GroupHandedOverNotification1796649312694 } from './1796649312694-GroupHandedOverNotification.js';
import { HiddenGroupSlugs1796648724084 } from './1796648724084-HiddenGroupSlugs.js';
import { SessionLifetimeAndDevice1796649136086 } from './1796649136086-SessionLifetimeAndDevice.js';
import { DirectorySearch1795495249236 } from './1795495249236-DirectorySearch.js';
import { SafetyAndPrivacy1795485019766 } from './1795485019766-SafetyAndPrivacy.js';
import { Events1795483933990 } from './1795483933990-Events.js';
import { InvitationMailClaims1795483346676 } from './1795483346676-InvitationMailClaims.js';
import { BlocksAndNotificationSubjects1795483245282 } from './1795483245282-BlocksAndNotificationSubjects.js';
import { NotificationDigests1795479590680 } from './1795479590680-NotificationDigests.js';
import { NotificationPreferences1795478753134 } from './1795478753134-NotificationPreferences.js';
import { Notifications1795478058190 } from './1795478058190-Notifications.js';
import { SocketAttachments1795469554140 } from './1795469554140-SocketAttachments.js';
import { Discussions1795469554139 } from './1795469554139-Discussions.js';
import { Groups1795468850769 } from './1795468850769-Groups.js';
import { DirectorySnapshot1795467138558 } from './1795467138558-DirectorySnapshot.js';
import { DirectoryIndex1795466485512 } from './1795466485512-DirectoryIndex.js';
import { MemberProfiles1795466485511 } from './1795466485511-MemberProfiles.js';
import { Foundation1795464256616 } from './1795464256616-Foundation.js';
// The migrations in the order they run. `npm run migration:generate -- <Name>` adds to this list.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [Foundation1795464256616, MemberProfiles1795466485511, DirectoryIndex1795466485512, DirectorySnapshot1795467138558, Groups1795468850769, Discussions1795469554139, SocketAttachments1795469554140, Notifications1795478058190, NotificationPreferences1795478753134, NotificationDigests1795479590680, BlocksAndNotificationSubjects1795483245282, InvitationMailClaims1795483346676, Events1795483933990, SafetyAndPrivacy1795485019766, DirectorySearch1795495249236, HiddenGroupSlugs1796648724084, SessionLifetimeAndDevice1796649136086, GroupHandedOverNotification1796649312694];
