import { describe, expect, it } from '@jest/globals';
import { MemberRole } from './entities/member-role.js';
import { identityPolicy } from './identity.policy.js';
import type { Viewer } from './viewer.js';

const viewer = (role: MemberRole, memberId = 'viewer'): Viewer => ({
  memberId,
  sessionId: 's',
  role,
  handle: 'h',
});

describe('identity policy', () => {
  // viewer role -> the roles they may invite
  const table: Array<[MemberRole, MemberRole[]]> = [
    [MemberRole.ADMIN, [MemberRole.MEMBER, MemberRole.ORGANISER, MemberRole.ADMIN]],
    [MemberRole.ORGANISER, [MemberRole.MEMBER]],
    [MemberRole.MEMBER, []],
  ];

  it.each(table)('a %s may invite exactly %j', (role, allowed) => {
    for (const invited of Object.values(MemberRole)) {
      expect(identityPolicy.mayInvite(viewer(role), invited)).toBe(allowed.includes(invited));
    }
  });

  it('shows an e-mail address to its owner and to admins only, never to anonymous viewers', () => {
    expect(identityPolicy.maySeeEmail(viewer(MemberRole.MEMBER, 'm1'), 'm1')).toBe(true);
    expect(identityPolicy.maySeeEmail(viewer(MemberRole.MEMBER, 'm2'), 'm1')).toBe(false);
    expect(identityPolicy.maySeeEmail(viewer(MemberRole.ORGANISER, 'm2'), 'm1')).toBe(false);
    expect(identityPolicy.maySeeEmail(viewer(MemberRole.ADMIN, 'm2'), 'm1')).toBe(true);
    expect(identityPolicy.maySeeEmail(undefined, 'm1')).toBe(false);
  });

  it('lets admins alone read the audit log', () => {
    expect(identityPolicy.mayReadAuditLog(viewer(MemberRole.ADMIN))).toBe(true);
    expect(identityPolicy.mayReadAuditLog(viewer(MemberRole.ORGANISER))).toBe(false);
    expect(identityPolicy.mayReadAuditLog(viewer(MemberRole.MEMBER))).toBe(false);
    expect(identityPolicy.mayReadAuditLog(undefined)).toBe(false);
  });

  it('lets admins only use the admin pages', () => {
    expect(identityPolicy.mayAdminister(viewer(MemberRole.ADMIN))).toBe(true);
    expect(identityPolicy.mayAdminister(viewer(MemberRole.ORGANISER))).toBe(false);
    expect(identityPolicy.mayAdminister(viewer(MemberRole.MEMBER))).toBe(false);
    expect(identityPolicy.mayAdminister(undefined)).toBe(false);
  });
});
