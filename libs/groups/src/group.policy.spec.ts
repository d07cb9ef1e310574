import { describe, expect, it } from '@jest/globals';
import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';
import {
  groupAllows,
  groupPermissions,
  groupPermits,
  type GroupAction,
  type GroupStanding,
} from './group.policy.js';

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

describe('the group policy for a group as it stands, and the permissions the clients read', () => {
  it('a group hidden by an admin allows nothing to anyone but the admins', () => {
    const hidden = { visibility: GroupVisibility.PUBLIC, hiddenByAdmin: true };
    for (const viewer of Object.keys(viewers).filter((name) => name !== 'admin'))
      for (const action of actions) expect(groupPermits(hidden, viewers[viewer], action)).toBe(false);
    expect(groupPermits(hidden, viewers.admin, 'read')).toBe(true);
  });

  it('answers every action as the policy does, and when joining waits for a decision', () => {
    for (const visibility of Object.values(GroupVisibility))
      for (const viewer of Object.keys(viewers)) {
        const permissions = groupPermissions({ visibility, hiddenByAdmin: false }, viewers[viewer]);
        for (const action of actions)
          expect(permissions[action]).toBe(groupAllows(visibility, viewers[viewer], action));
      }
    const state = (visibility: GroupVisibility) => ({ visibility, hiddenByAdmin: false });
    expect(groupPermissions(state(GroupVisibility.PRIVATE), viewers.outsider).joinNeedsApproval).toBe(true);
    expect(groupPermissions(state(GroupVisibility.PRIVATE), viewers.invited).joinNeedsApproval).toBe(false);
    expect(groupPermissions(state(GroupVisibility.PUBLIC), viewers.outsider).joinNeedsApproval).toBe(false);
    expect(groupPermissions(state(GroupVisibility.PRIVATE), viewers.admin).joinNeedsApproval).toBe(false);
  });

  it('lets those with a membership that is not a ban leave (or withdraw, or decline)', () => {
    const leave = (viewer: string) =>
      groupPermissions({ visibility: GroupVisibility.PRIVATE, hiddenByAdmin: false }, viewers[viewer]).leave;
    expect(['pending', 'invited', 'member', 'moderator', 'owner'].map(leave)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['anonymous', 'outsider', 'banned', 'admin'].map(leave)).toEqual([false, false, false, false]);
  });
});
