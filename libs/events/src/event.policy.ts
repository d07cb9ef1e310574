import { groupAllows, type GroupStanding, type GroupVisibility } from '#libs/groups';
import { MemberRole } from '#libs/identity';
import { RsvpStatus } from './event-enums.js';

/** How the viewer stands to an event: what the policy decides on. */
export interface EventStanding {
  signedIn: boolean;
  role: MemberRole | null;
  /** The viewer created the event. */
  organiser: boolean;
  /** For a group's event: the group's visibility and the viewer's standing in it. */
  group?: { visibility: GroupVisibility; standing: GroupStanding };
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
  const see = standing.group ? groupAllows(standing.group.visibility, standing.group.standing, 'read') : true;
  const manage = standing.group
    ? groupAllows(standing.group.visibility, standing.group.standing, 'moderate')
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
  if (standing.group) return groupAllows(standing.group.visibility, standing.group.standing, 'moderate');
  return standing.role === MemberRole.ADMIN || standing.role === MemberRole.ORGANISER;
}
