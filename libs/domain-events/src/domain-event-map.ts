import type { NotifyRequest } from './notify-request.js';

/** An account's status, as identity keeps it (`MemberStatus`). */
export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'DELETED';

/**
 * Every domain event of Confer: its name (`<domain that publishes it>.<what happened>`) and what it carries. A
 * domain publishes one in the transaction of the change (`DomainEvents.publish`); the domains that react subscribe
 * to it when their modules start. Payloads are plain data: a job carries them as JSON.
 */
export interface DomainEventMap {
  /** An account was created (registration, the admin at start). */
  'members.created': {
    memberId: string;
    displayName: string;
    handle: string;
    cohortId: string | null;
    status: AccountStatus;
  };
  /** An account was suspended, reactivated or deleted. */
  'members.status-changed': { memberId: string; status: AccountStatus };
  /** A member left a group, or was removed or banned from it. */
  'groups.membership-ended': { groupId: string; memberId: string };
  /** A group stopped being PUBLIC: only its active members (and admins) may read it now. */
  'groups.readers-narrowed': { groupId: string };
  /** Messages were stored that may concern someone besides their thread's room (a mention, a reply, a DM). */
  'discussions.messages-written': { messageIds: string[] };
  /** A domain asks for members to be told something (`requestNotification`). */
  'notifications.requested': NotifyRequest;
}

export type DomainEventName = keyof DomainEventMap;

/**
 * The names of the events, at run time (the map above is a type): one entry per event, or this does not compile.
 * Start-up refuses a process in which one of them has no handler.
 */
const EVENT_NAMES: { [E in DomainEventName]: true } = {
  'members.created': true,
  'members.status-changed': true,
  'groups.membership-ended': true,
  'groups.readers-narrowed': true,
  'discussions.messages-written': true,
  'notifications.requested': true,
};

export const DOMAIN_EVENT_NAMES = Object.keys(EVENT_NAMES) as DomainEventName[];
