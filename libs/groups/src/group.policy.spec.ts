import { describe, expect, it } from '@jest/globals';
import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';
import { groupAllows, type GroupAction, type GroupStanding } from './group.policy.js';

const viewers: Record<string, GroupStanding> = {
  anonymous: { signedIn: false, isAdmin: false },
  outsider: { signedIn: true, isAdmin: false },
  pending: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.PENDING },
  },
  invited: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.INVITED },
  },
  member: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.ACTIVE },
  },
  moderator: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.MODERATOR, status: MembershipStatus.ACTIVE },
  },
  owner: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.OWNER, status: MembershipStatus.ACTIVE },
  },
  banned: {
    signedIn: true,
    isAdmin: false,
    membership: { role: GroupRole.MEMBER, status: MembershipStatus.BANNED },
  },
  admin: { signedIn: true, isAdmin: true },
};
const actions: GroupAction[] = ['see', 'read', 'post', 'join', 'moderate', 'own'];

// For each visibility and viewer: the actions allowed, in the order of `actions`: s r p j m o ('.' = refused).
const table: Record<GroupVisibility, Record<string, string>> = {
  PUBLIC: {
    anonymous: '......',
    outsider: 'sr.j..',
    pending: 'sr....',
    invited: 'sr.j..',
    member: 'srp...',
    moderator: 'srp.m.',
    owner: 'srp.mo',
    banned: 's.....',
    admin: 'srpjmo',
  },
  PRIVATE: {
    anonymous: '......',
    outsider: 's..j..',
    pending: 's.....',
    invited: 's..j..',
    member: 'srp...',
    moderator: 'srp.m.',
    owner: 'srp.mo',
    banned: 's.....',
    admin: 'srpjmo',
  },
  HIDDEN: {
    anonymous: '......',
    outsider: '......',
    pending: '......',
    invited: 's..j..',
    member: 'srp...',
    moderator: 'srp.m.',
    owner: 'srp.mo',
    banned: '......',
    admin: 'srpjmo',
  },
};

describe('the group policy, cell by cell', () => {
  const cells = Object.values(GroupVisibility).flatMap((visibility) =>
    Object.keys(viewers).flatMap((viewer) =>
      actions.map((action, i) => [visibility, viewer, action, table[visibility][viewer][i] !== '.'] as const),
    ),
  );

  it.each(cells)('%s group, %s viewer, %s: %s', (visibility, viewer, action, allowed) => {
    expect(groupAllows(visibility, viewers[viewer], action)).toBe(allowed);
  });

  it('lets an admin who is already a member not join twice', () => {
    const adminMember: GroupStanding = {
      signedIn: true,
      isAdmin: true,
      membership: { role: GroupRole.MEMBER, status: MembershipStatus.ACTIVE },
    };
    expect(groupAllows(GroupVisibility.PUBLIC, adminMember, 'join')).toBe(false);
  });
});
