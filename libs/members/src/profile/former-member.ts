import { MemberRole } from '#libs/identity';
import type { MemberView, ProfileRow } from './member-view.js';

/** How a deleted account reads everywhere: its messages keep their place, under this name. */
export const FORMER_MEMBER_NAME = 'Former member';

/** A deleted account's handle: its own (unique) and free of the name it had; other members cannot take one like it. */
export function formerMemberHandle(memberId: string): string {
  return `former-${memberId.replace(/-/g, '').slice(0, 16)}`;
}

export const FORMER_MEMBER_HANDLE = /^former-[0-9a-f]{16}$/;

/** A deleted account as everyone sees it, admins included: no name, no profile, nothing personal. */
export function formerMemberView(row: ProfileRow): MemberView {
  return {
    id: row.id,
    handle: formerMemberHandle(row.id),
    displayName: FORMER_MEMBER_NAME,
    role: MemberRole.MEMBER,
    joinedAt: row.joined_at,
    email: null,
    pronouns: null,
    headline: null,
    bio: null,
    livedExperience: null,
    leaderType: null,
    organisation: null,
    jobTitle: null,
    regionCode: null,
    topicIds: null,
    cohortId: null,
    openToPairing: false,
    avatarUrl: null,
    listedInDirectory: null,
    visibility: null,
  };
}
