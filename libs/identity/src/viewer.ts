import { MemberRole } from './entities/member-role.js';

/** The signed-in member acting on a request or socket, as every domain sees them. */
export interface Viewer {
  memberId: string;
  sessionId: string;
  role: MemberRole;
  handle: string;
}

export const isAdmin = (viewer: Viewer | undefined): boolean => viewer?.role === MemberRole.ADMIN;
