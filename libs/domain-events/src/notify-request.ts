// How a domain asks for members to be told something: the kinds of notification, and the domain event
// `notifications.requested` published in the transaction of the change that causes it (the notifications domain
// reacts). Here, not in the notifications domain, so that every domain can ask without depending on it.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DomainEvents } from './domain-events.js';

/** What a notification is about. Each kind has its own preference and its own wording. */
export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  DIRECT_MESSAGE = 'DIRECT_MESSAGE',
  JOIN_REQUEST = 'JOIN_REQUEST',
  JOIN_APPROVED = 'JOIN_APPROVED',
  GROUP_INVITATION = 'GROUP_INVITATION',
  PAIRING_REQUEST = 'PAIRING_REQUEST',
  PAIRING_ANSWER = 'PAIRING_ANSWER',
  EVENT_ANNOUNCEMENT = 'EVENT_ANNOUNCEMENT',
  EVENT_CHANGED = 'EVENT_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER',
  /** A group's last owner deleted their account, and the group was handed to the recipient. */
  GROUP_HANDED_OVER = 'GROUP_HANDED_OVER',
}

/** The places a notification can link to. */
export interface NotificationSubject {
  groupId?: string | null;
  eventId?: string | null;
  pairingId?: string | null;
  threadId?: string | null;
  messageId?: string | null;
}

/**
 * Tell these members about something `actorId` did. The notifications domain leaves out the actor, members who are
 * not active, members who blocked the actor, and members whose preference for the kind is OFF. The asking domain
 * chooses the recipients by its own policy: only members who may see the subject.
 */
export interface NotifyRequest extends NotificationSubject {
  kind: NotificationKind;
  actorId: string | null;
  recipientIds: string[];
  /** The cause: the same cause never tells the same member of the same kind twice (a job run again). */
  sourceId: string;
  /** Gathers unread notifications with the same key into one ("3 people asked to join ..."). */
  groupKey?: string | null;
  /** Words that go with it, shown as written: an announcement, what changed, a reason. */
  detail?: string | null;
}

/** Publishes the request in the caller's transaction; a cause without an id of its own gets a fresh one. */
export async function requestNotification(
  events: DomainEvents,
  manager: EntityManager,
  request: Omit<NotifyRequest, 'sourceId'> & { sourceId?: string },
): Promise<void> {
  if (request.recipientIds.length === 0) return;
  await events.publish(manager, 'notifications.requested', {
    ...request,
    sourceId: request.sourceId ?? randomUUID(),
  });
}
