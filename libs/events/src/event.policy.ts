import { groupPermits, type GroupStanding, type GroupVisibility } from '#libs/groups';
import { MemberRole } from '#libs/identity';
import { EventStatus, RsvpStatus } from './event-enums.js';
import type { Event } from './event.entity.js';

/** How the viewer stands to an event: what the policy decides on. */
export interface EventStanding {
  signedIn: boolean;
  role: MemberRole | null;
  /** The viewer created the event. */
  organiser: boolean;
  /** For a group's event: the group's visibility, the viewer's standing in it, and whether an admin hid the group. */
  group?: { visibility: GroupVisibility; standing: GroupStanding; hidden?: boolean };
  rsvp: RsvpStatus | null;
}

export type EventAction =
  /** Know it and its public details; answer it (RSVP); read its announcements. */
  | 'see'
  /** Edit, cancel, announce, see and export the attendees. */
  | 'manage'
  /** The online link: for members going, and those who run it. */
  | 'seeOnlineUrl'
  /** Who is going: those who run it, and members going when the organiser allows it. */
  | 'listAttendees';

/**
 * The one answer to "may this member do this with this event". A platform event is seen by every member and run by
 * its organiser and the admins; a group's event is seen as the group's content is (PUBLIC: every member; PRIVATE and
 * HIDDEN: its members) and run by the group's owners and moderators (and admins). Pure, and tested as a table.
 */
export function eventAllows(
  attendeesVisible: boolean,
  standing: EventStanding,
  action: EventAction,
): boolean {
  if (!standing.signedIn) return false;
  const admin = standing.role === MemberRole.ADMIN;
  const see = standing.group ? inGroup(standing.group, 'read') : true;
  const manage = standing.group
    ? inGroup(standing.group, 'moderate')
    : admin || (standing.organiser && standing.role === MemberRole.ORGANISER);
  const going = standing.rsvp === RsvpStatus.GOING;
  switch (action) {
    case 'see':
      return see || manage;
    case 'manage':
      return manage;
    case 'seeOnlineUrl':
      return manage || (see && going);
    case 'listAttendees':
      return manage || (see && going && attendeesVisible);
  }
}

/** Who may create an event: organisers and admins (platform events); a group's owners and moderators (its events). */
export function mayCreateEvent(standing: Pick<EventStanding, 'signedIn' | 'role' | 'group'>): boolean {
  if (!standing.signedIn) return false;
  if (standing.group) return inGroup(standing.group, 'moderate');
  return standing.role === MemberRole.ADMIN || standing.role === MemberRole.ORGANISER;
}

function inGroup(group: NonNullable<EventStanding['group']>, action: 'read' | 'moderate'): boolean {
  return groupPermits(
    { visibility: group.visibility, hiddenByAdmin: group.hidden ?? false },
    group.standing,
    action,
  );
}

/** The event as the permissions need it. */
export type EventState = Pick<
  Event,
  'attendeesVisible' | 'status' | 'startsAt' | 'rsvpDeadline' | 'hiddenAt'
>;

/** What the viewer may do with an event, as the policy and the RSVP rules answer it: what the clients offer. */
export interface EventPermissions {
  see: boolean;
  /** Answer it at all (GOING or NOT_GOING): scheduled and not yet started. */
  rsvp: boolean;
  /** Answer GOING: also before the answer deadline, unless already going or waiting. */
  rsvpGoing: boolean;
  manage: boolean;
  /** Change it: those who run it, while it is not cancelled. */
  edit: boolean;
  seeOnlineUrl: boolean;
  listAttendees: boolean;
}

/**
 * `eventAllows` for every action, for an event as it stands: one hidden by a moderator is seen only by those who run
 * it; RSVPs close when it is cancelled or starts (and GOING at its answer deadline), as `confer_rsvp` refuses them.
 */
export function eventPermissions(
  event: EventState,
  standing: EventStanding,
  now = new Date(),
): EventPermissions {
  const may = (action: EventAction) => eventAllows(event.attendeesVisible, standing, action);
  const manage = may('manage');
  const see = may('see') && (event.hiddenAt === null || manage);
  const open = see && event.status === EventStatus.SCHEDULED && event.startsAt.getTime() > now.getTime();
  const answered = standing.rsvp === RsvpStatus.GOING || standing.rsvp === RsvpStatus.WAITLISTED;
  return {
    see,
    rsvp: open,
    rsvpGoing:
      open && (answered || event.rsvpDeadline === null || event.rsvpDeadline.getTime() > now.getTime()),
    manage,
    edit: manage && event.status !== EventStatus.CANCELLED,
    seeOnlineUrl: may('seeOnlineUrl'),
    listAttendees: may('listAttendees'),
  };
}
