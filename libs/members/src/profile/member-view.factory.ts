import { ProfileField, withDefaults } from './profile-enums.js';
import { maySee, type ViewerRelation } from './profile-visibility.js';
import type { MemberView, ProfileRow } from './member-view.js';

/** Shapes a profile row for a viewer in `relation` to it, nulling each field they may not see. */
export function toMemberView(row: ProfileRow, relation: ViewerRelation, showEmail: boolean): MemberView {
  const settings = withDefaults(row.visibility);
  const shown = <T>(field: ProfileField, value: T): T | null =>
    maySee(settings[field], relation) ? value : null;
  const self = relation === 'SELF';
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    role: row.role,
    joinedAt: row.joined_at,
    email: showEmail ? row.email : null,
    pronouns: shown(ProfileField.PRONOUNS, row.pronouns),
    headline: shown(ProfileField.HEADLINE, row.headline),
    bio: shown(ProfileField.BIO, row.bio),
    livedExperience: shown(ProfileField.LIVED_EXPERIENCE, row.lived_experience),
    leaderType: row.leader_type,
    organisation: shown(ProfileField.ORGANISATION, row.organisation),
    jobTitle: shown(ProfileField.JOB_TITLE, row.job_title),
    regionCode: shown(ProfileField.REGION, row.region_code),
    topicIds: shown(ProfileField.TOPICS, row.topic_ids ?? []),
    cohortId: shown(ProfileField.COHORT, row.cohort_id),
    openToPairing: row.open_to_pairing ?? false,
    avatarUrl: row.avatar_url,
    listedInDirectory: self ? (row.listed_in_directory ?? true) : null,
    visibility: self ? settings : null,
  };
}
