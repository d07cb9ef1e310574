import { groupPermits, type GroupStanding, type GroupState } from '#libs/groups';
import type { Message } from './message.entity.js';
import type { Thread } from './thread.entity.js';

/** How the viewer stands to a thread: in its group, or as one of a direct conversation's people. */
export type ThreadStanding =
  | { kind: 'group'; group: GroupState; standing: GroupStanding }
  | {
      kind: 'direct';
      participant: boolean;
      isAdmin: boolean;
      /** The other person is still here and has not blocked the viewer (nor been blocked by them). */
      otherReachable: boolean;
    };

/** What the viewer may do in a thread: what the clients show and offer. */
export interface ThreadPermissions {
  read: boolean;
  /** Write in it (reply): for a locked group thread, only its moderators. */
  post: boolean;
  /** Pin, lock, delete others' messages. */
  moderate: boolean;
  /** Report it to the moderators. */
  report: boolean;
}

/**
 * Who may read, post in and moderate a thread: for a group thread the group policy decides (a thread hidden by a
 * moderator is left to the group's moderators; a locked one is written in by them only); a direct conversation
 * belongs to its participants (hidden: admins only), and nobody but an admin moderates it. Pure; `ThreadAccess`
 * enforces it.
 */
export function threadPermissions(
  thread: Pick<Thread, 'locked' | 'hiddenAt'>,
  standing: ThreadStanding,
): ThreadPermissions {
  const hidden = thread.hiddenAt !== null;
  if (standing.kind === 'direct') {
    const read = standing.participant && (!hidden || standing.isAdmin);
    return {
      read,
      post: read && standing.otherReachable,
      moderate: read && standing.isAdmin,
      report: read,
    };
  }
  const may = (action: 'read' | 'post' | 'moderate') =>
    groupPermits(standing.group, standing.standing, action);
  const read = may('read') && (!hidden || may('moderate'));
  const moderate = read && may('moderate');
  return {
    read,
    post: read && may('post') && (!thread.locked || moderate),
    moderate,
    report: read,
  };
}

/** What the viewer may do with a message: what the clients offer beside it. */
export interface MessagePermissions {
  /** Its author, until it is deleted. */
  edit: boolean;
  /** Its author or the thread's moderators, until it is deleted. */
  delete: boolean;
  /** Anyone who reads it, until it is deleted. */
  react: boolean;
  /** Anyone else who reads it, until it is deleted. */
  report: boolean;
  /** The thread's moderators: delete it, and hide it through its reports. */
  moderate: boolean;
}

/** The message rules of MessageService and ReactionService, for one message of a thread whose permissions are known. */
export function messagePermissions(
  message: Pick<Message, 'authorId' | 'deletedAt'>,
  viewerId: string,
  thread: ThreadPermissions,
): MessagePermissions {
  const live = thread.read && message.deletedAt === null;
  const mine = message.authorId === viewerId;
  return {
    edit: live && mine,
    delete: live && (mine || thread.moderate),
    react: live,
    report: live && !mine,
    moderate: thread.moderate,
  };
}

/** A message as members see it: no text once deleted or hidden by a moderator (the report queue keeps the text). */
export function messageAsShown(message: Message): Message {
  return message.deletedAt || message.hiddenAt ? { ...message, body: '' } : message;
}
