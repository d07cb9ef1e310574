import type { MemberRole, MemberStatus } from '#libs/identity';
import type { LeaderType, VisibilitySettings } from './profile-enums.js';

/** A member as one viewer may see them: every field they may not see is null. */
export interface MemberView {
  id: string;
  handle: string;
  displayName: string;
  role: MemberRole;
  joinedAt: Date;
  /** The member themselves and admins only. */
  email: string | null;
  pronouns: string | null;
  headline: string | null;
  bio: string | null;
  livedExperience: string | null;
  leaderType: LeaderType | null;
  organisation: string | null;
  jobTitle: string | null;
  regionCode: string | null;
  topicIds: number[] | null;
  cohortId: string | null;
  openToPairing: boolean;
  avatarUrl: string | null;
  /** Only for the member themselves (their own settings). */
  listedInDirectory: boolean | null;
  visibility: VisibilitySettings | null;
}

/** A profile row joined with its account, as read from the database. */
export interface ProfileRow {
  id: string;
  email: string;
  handle: string;
  display_name: string;
  role: MemberRole;
  status: MemberStatus;
  joined_at: Date;
  pronouns: string | null;
  headline: string | null;
  bio: string | null;
  lived_experience: string | null;
  leader_type: LeaderType | null;
  organisation: string | null;
  job_title: string | null;
  region_code: string | null;
  topic_ids: number[] | null;
  cohort_id: string | null;
  open_to_pairing: boolean | null;
  avatar_url: string | null;
  listed_in_directory: boolean | null;
  visibility: Partial<VisibilitySettings> | null;
}

export const PROFILE_COLUMNS = `m.id, m.email, m.handle, m.display_name, m.role, m.status, m.joined_at,
  p.pronouns, p.headline, p.bio, p.lived_experience, p.leader_type, p.organisation, p.job_title,
  p.region_code, p.topic_ids, p.cohort_id, p.open_to_pairing, p.avatar_url, p.listed_in_directory, p.visibility`;
