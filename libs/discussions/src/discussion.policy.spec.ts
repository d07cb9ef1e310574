import { describe, expect, it } from '@jest/globals';
import { GroupRole, GroupVisibility, MembershipStatus, type GroupStanding } from '#libs/groups';
import {
  messageAsShown,
  messagePermissions,
  threadPermissions,
  type ThreadStanding,
} from './discussion.policy.js';
import type { Message } from './message.entity.js';

const inGroup = (
  standing: GroupStanding,
  visibility = GroupVisibility.PUBLIC,
  hiddenByAdmin = false,
): ThreadStanding => ({
  kind: 'group',
  group: { visibility, hiddenByAdmin },
  standing,
});
const member: GroupStanding = {
  signedIn: true,
  isAdmin: false,
  membership: { role: GroupRole.MEMBER, status: MembershipStatus.ACTIVE },
};
const moderator: GroupStanding = {
  signedIn: true,
  isAdmin: false,
  membership: { role: GroupRole.MODERATOR, status: MembershipStatus.ACTIVE },
};
const banned: GroupStanding = {
  signedIn: true,
  isAdmin: false,
  membership: { role: GroupRole.MEMBER, status: MembershipStatus.BANNED },
};
const outsider: GroupStanding = { signedIn: true, isAdmin: false };
const open = { locked: false, hiddenAt: null };

describe('thread and message permissions', () => {
  it('a group thread: as the group policy, a lock for moderators only, a hidden thread for moderators only', () => {
    expect(threadPermissions(open, inGroup(member))).toEqual({
      read: true,
      post: true,
      moderate: false,
      report: true,
    });
    expect(threadPermissions(open, inGroup(outsider))).toEqual({
      read: true,
      post: false,
      moderate: false,
      report: true,
    });
    expect(threadPermissions(open, inGroup(outsider, GroupVisibility.PRIVATE)).read).toBe(false);
    expect(threadPermissions(open, inGroup(banned)).read).toBe(false);
    expect(threadPermissions({ ...open, locked: true }, inGroup(member)).post).toBe(false);
    expect(threadPermissions({ ...open, locked: true }, inGroup(moderator)).post).toBe(true);
    expect(threadPermissions({ ...open, hiddenAt: new Date() }, inGroup(member)).read).toBe(false);
    expect(threadPermissions({ ...open, hiddenAt: new Date() }, inGroup(moderator)).read).toBe(true);
    // A group hidden by an admin: gone for its moderators too.
    expect(threadPermissions(open, inGroup(moderator, GroupVisibility.PUBLIC, true)).read).toBe(false);
  });

  it('a direct conversation: its participants, closed when the other person is gone or blocked, moderated by admins', () => {
    const direct = (participant: boolean, isAdmin = false, otherReachable = true): ThreadStanding => ({
      kind: 'direct',
      participant,
      isAdmin,
      otherReachable,
    });
    expect(threadPermissions(open, direct(true))).toEqual({
      read: true,
      post: true,
      moderate: false,
      report: true,
    });
    expect(threadPermissions(open, direct(true, false, false)).post).toBe(false);
    expect(threadPermissions(open, direct(false, true)).read).toBe(false);
    expect(threadPermissions({ ...open, hiddenAt: new Date() }, direct(true)).read).toBe(false);
    expect(threadPermissions({ ...open, hiddenAt: new Date() }, direct(true, true)).moderate).toBe(true);
  });

  it('a message: its author edits and deletes, moderators delete, others react and report; nothing once deleted', () => {
    const thread = threadPermissions(open, inGroup(member));
    const moderating = threadPermissions(open, inGroup(moderator));
    const live = { authorId: 'a', deletedAt: null };
    expect(messagePermissions(live, 'a', thread)).toEqual({
      edit: true,
      delete: true,
      react: true,
      report: false,
      moderate: false,
    });
    expect(messagePermissions(live, 'b', thread)).toEqual({
      edit: false,
      delete: false,
      react: true,
      report: true,
      moderate: false,
    });
    expect(messagePermissions(live, 'b', moderating)).toMatchObject({ delete: true, moderate: true });
    expect(messagePermissions({ authorId: 'a', deletedAt: new Date() }, 'a', thread)).toMatchObject({
      edit: false,
      delete: false,
      react: false,
      report: false,
    });
  });

  it('shows no text of a deleted or hidden message', () => {
    const message = { body: 'words', deletedAt: null, hiddenAt: null } as Message;
    expect(messageAsShown(message).body).toBe('words');
    expect(messageAsShown({ ...message, hiddenAt: new Date() }).body).toBe('');
    expect(messageAsShown({ ...message, deletedAt: new Date() }).body).toBe('');
  });
});
