import { MemberRole } from './entities/member-role.js';
import type { Viewer } from './viewer.js';

/** Who may do what with accounts. Pure: tested as a table. */
export const identityPolicy = {
  /** Admins invite anyone; organisers invite members; members invite no one. */
  mayInvite(viewer: Viewer, role: MemberRole): boolean {
    if (viewer.role === MemberRole.ADMIN) return true;
    return viewer.role === MemberRole.ORGANISER && role === MemberRole.MEMBER;
  },

  /** A member's e-mail address is seen by themselves and admins only. */
  maySeeEmail(viewer: Viewer | undefined, memberId: string): boolean {
    return viewer !== undefined && (viewer.memberId === memberId || viewer.role === MemberRole.ADMIN);
  },

  /** The admin pages (invitations, topics, cohorts, reports, the audit log) are for admins only. */
  mayAdminister(viewer: Viewer | undefined): boolean {
    return viewer?.role === MemberRole.ADMIN;
  },

  /** The audit log (every moderation and admin action) is read by admins only. */
  mayReadAuditLog(viewer: Viewer | undefined): boolean {
    return viewer?.role === MemberRole.ADMIN;
  },
};
