import type { LeaderType, FieldVisibility, ProfileField } from './profile-enums.js';

/** `updateProfile` input: a field left out is unchanged; null (or blank text) clears it. */
export interface UpdateProfile {
  handle?: string | null;
  displayName?: string | null;
  pronouns?: string | null;
  headline?: string | null;
  bio?: string | null;
  livedExperience?: string | null;
  /** Explicit consent to keep lived experience: needed when it is first filled in (or after a withdrawal). */
  consentToLivedExperience?: boolean | null;
  leaderType?: LeaderType | null;
  organisation?: string | null;
  jobTitle?: string | null;
  regionCode?: string | null;
  topicSlugs?: string[] | null;
  cohortId?: string | null;
  openToPairing?: boolean | null;
  avatarUrl?: string | null;
  listedInDirectory?: boolean | null;
  visibility?: Array<{ field: ProfileField; visibility: FieldVisibility }> | null;
}

/** Longest text each field takes, in characters. */
export const PROFILE_LIMITS = {
  displayName: 80,
  pronouns: 40,
  headline: 120,
  bio: 2000,
  livedExperience: 2000,
  organisation: 120,
  jobTitle: 120,
  avatarUrl: 2048,
  topics: 10,
} as const;
