import { describe, expect, it } from '@jest/globals';
import { GroupRole, GroupVisibility, MembershipStatus, type GroupStanding } from '#libs/groups';
import { MemberRole } from '#libs/identity';
import { EventStatus, RsvpStatus } from './event-enums.js';
import {
  eventAllows,
  eventPermissions,
  mayCreateEvent,
  type EventAction,
  type EventStanding,
  type EventState,
} from './event.policy.js';

const member = (role: GroupRole, status = MembershipStatus.ACTIVE): GroupStanding => ({
  signedIn: true,
  isAdmin: false,
  membership: { role, status },
});
const groupStandings: Record<string, GroupStanding> = {
  outsider: { signedIn: true, isAdmin: false },
  pending: member(GroupRole.MEMBER, MembershipStatus.PENDING),
  banned: member(GroupRole.MEMBER, MembershipStatus.BANNED),
  member: member(GroupRole.MEMBER),
  moderator: member(GroupRole.MODERATOR),
  owner: member(GroupRole.OWNER),
  admin: { signedIn: true, isAdmin: true },
};
const actions: EventAction[] = ['see', 'manage', 'seeOnlineUrl', 'listAttendees'];

/** What each viewer may do with a group event, by the group's visibility: see, manage, link (going), list (going). */
const GROUP_TABLE: Record<GroupVisibility, Record<string, string>> = {
  PUBLIC: {
    outsider: 'see link list',
    pending: 'see link list',
    banned: '',
    member: 'see link list',
    moderator: 'see manage link list',
    owner: 'see manage link list',
    admin: 'see manage link list',
  },
  PRIVATE: {
    outsider: '',
    pending: '',
    banned: '',
    member: 'see link list',
    moderator: 'see manage link list',
    owner: 'see manage link list',
    admin: 'see manage link list',
  },
  HIDDEN: {
    outsider: '',
    pending: '',
    banned: '',
    member: 'see link list',
    moderator: 'see manage link list',
    owner: 'see manage link list',
    admin: 'see manage link list',
  },
};
const WORD: Record<EventAction, string> = {
  see: 'see',
  manage: 'manage',
  seeOnlineUrl: 'link',
  listAttendees: 'list',
};

describe('the event policy', () => {
  for (const visibility of Object.values(GroupVisibility)) {
    for (const [who, standing] of Object.entries(groupStandings)) {
      it(`a ${who} of a ${visibility} group's event, going, with attendees shown: ${GROUP_TABLE[visibility][who] || 'nothing'}`, () => {
        const viewer: EventStanding = {
          signedIn: true,
          role: who === 'admin' ? MemberRole.ADMIN : MemberRole.MEMBER,
          organiser: false,
          group: { visibility, standing },
          rsvp: RsvpStatus.GOING,
        };
        const allowed = actions.filter((action) => eventAllows(true, viewer, action)).map((a) => WORD[a]);
        expect(allowed.join(' ')).toBe(GROUP_TABLE[visibility][who]);
      });
    }
  }

  it('a platform event: every member sees it; its organiser and admins run it; the link and list need going', () => {
    const viewer = (role: MemberRole, organiser: boolean, rsvp: RsvpStatus | null): EventStanding => ({
      signedIn: true,
      role,
      organiser,
      rsvp,
    });
    const can = (standing: EventStanding, shown = false) =>
      actions
        .filter((action) => eventAllows(shown, standing, action))
        .map((a) => WORD[a])
        .join(' ');
    expect(can(viewer(MemberRole.MEMBER, false, null))).toBe('see');
    expect(can(viewer(MemberRole.MEMBER, false, RsvpStatus.WAITLISTED), true)).toBe('see');
    expect(can(viewer(MemberRole.MEMBER, false, RsvpStatus.GOING))).toBe('see link');
    expect(can(viewer(MemberRole.MEMBER, false, RsvpStatus.GOING), true)).toBe('see link list');
    expect(can(viewer(MemberRole.ORGANISER, false, null))).toBe('see');
    expect(can(viewer(MemberRole.ORGANISER, true, null))).toBe('see manage link list');
    expect(can(viewer(MemberRole.MEMBER, true, null))).toBe('see'); // no longer an organiser
    expect(can(viewer(MemberRole.ADMIN, false, null))).toBe('see manage link list');
    expect(can({ signedIn: false, role: null, organiser: false, rsvp: null })).toBe('');
  });

  it('who may create: organisers and admins platform events; a group’s owners and moderators its events', () => {
    expect(mayCreateEvent({ signedIn: true, role: MemberRole.MEMBER })).toBe(false);
    expect(mayCreateEvent({ signedIn: true, role: MemberRole.ORGANISER })).toBe(true);
    expect(mayCreateEvent({ signedIn: true, role: MemberRole.ADMIN })).toBe(true);
    expect(mayCreateEvent({ signedIn: false, role: null })).toBe(false);
    const inGroup = (standing: GroupStanding) =>
      mayCreateEvent({
        signedIn: true,
        role: MemberRole.ORGANISER,
        group: { visibility: GroupVisibility.PUBLIC, standing },
      });
    expect(inGroup(groupStandings.member)).toBe(false);
    expect(inGroup(groupStandings.moderator)).toBe(true);
    expect(inGroup(groupStandings.owner)).toBe(true);
    expect(inGroup(groupStandings.outsider)).toBe(false);
  });
});

describe('the permissions of an event as it stands', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  const later = new Date('2030-01-10T12:00:00Z');
  const event: EventState = {
    attendeesVisible: false,
    status: EventStatus.SCHEDULED,
    startsAt: later,
    rsvpDeadline: null,
    hiddenAt: null,
  };
  const standing = (group: GroupStanding, rsvp: RsvpStatus | null = null, hidden = false): EventStanding => ({
    signedIn: true,
    role: MemberRole.MEMBER,
    organiser: false,
    group: { visibility: GroupVisibility.PUBLIC, standing: group, hidden },
    rsvp,
  });

  it('answers see, manage, the link and the list as the policy does', () => {
    for (const group of Object.values(groupStandings))
      for (const rsvp of [null, RsvpStatus.GOING]) {
        const permissions = eventPermissions(event, standing(group, rsvp), now);
        for (const action of ['see', 'manage', 'seeOnlineUrl', 'listAttendees'] as const)
          expect(permissions[action]).toBe(eventAllows(false, standing(group, rsvp), action));
      }
  });

  it('a hidden event for those who run it; a group hidden by an admin for admins only', () => {
    const hidden = { ...event, hiddenAt: now };
    expect(eventPermissions(hidden, standing(groupStandings.member), now).see).toBe(false);
    expect(eventPermissions(hidden, standing(groupStandings.moderator), now).see).toBe(true);
    expect(eventPermissions(event, standing(groupStandings.owner, null, true), now).see).toBe(false);
    expect(eventPermissions(event, standing(groupStandings.admin, null, true), now).see).toBe(true);
  });

  it('answers close when it is cancelled or has started; GOING also at the deadline, unless already going', () => {
    const member = standing(groupStandings.member);
    expect(eventPermissions(event, member, now)).toMatchObject({ rsvp: true, rsvpGoing: true });
    expect(eventPermissions({ ...event, status: EventStatus.CANCELLED }, member, now).rsvp).toBe(false);
    expect(eventPermissions({ ...event, startsAt: now }, member, now).rsvp).toBe(false);
    const closed = { ...event, rsvpDeadline: now };
    expect(eventPermissions(closed, member, now)).toMatchObject({ rsvp: true, rsvpGoing: false });
    expect(
      eventPermissions(closed, standing(groupStandings.member, RsvpStatus.WAITLISTED), now).rsvpGoing,
    ).toBe(true);
    const runs = standing(groupStandings.owner);
    expect(eventPermissions(event, runs, now).edit).toBe(true);
    expect(eventPermissions({ ...event, status: EventStatus.CANCELLED }, runs, now)).toMatchObject({
      manage: true,
      edit: false,
    });
  });
});
