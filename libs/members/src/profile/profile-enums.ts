export enum LeaderType {
  PATIENT_LEADER = 'PATIENT_LEADER',
  CARER_LEADER = 'CARER_LEADER',
  HEALTHCARE_PROFESSIONAL = 'HEALTHCARE_PROFESSIONAL',
  HEALTHCARE_MANAGER = 'HEALTHCARE_MANAGER',
  COMMUNITY_LEADER = 'COMMUNITY_LEADER',
  OTHER = 'OTHER',
}

/** The profile fields whose audience a member chooses. */
export enum ProfileField {
  PRONOUNS = 'PRONOUNS',
  HEADLINE = 'HEADLINE',
  BIO = 'BIO',
  LIVED_EXPERIENCE = 'LIVED_EXPERIENCE',
  ORGANISATION = 'ORGANISATION',
  JOB_TITLE = 'JOB_TITLE',
  REGION = 'REGION',
  TOPICS = 'TOPICS',
  COHORT = 'COHORT',
}

export enum FieldVisibility {
  /** Every signed-in member. */
  MEMBERS = 'MEMBERS',
  /** Members who share a PRIVATE or HIDDEN group with them (both active); a PUBLIC group does not count. */
  GROUP_PEERS = 'GROUP_PEERS',
  /** Only the member themselves. */
  PRIVATE = 'PRIVATE',
}

export type VisibilitySettings = Record<ProfileField, FieldVisibility>;

/** Lived experience is special-category health data: private until the member chooses otherwise. */
export const DEFAULT_VISIBILITY: VisibilitySettings = {
  PRONOUNS: FieldVisibility.MEMBERS,
  HEADLINE: FieldVisibility.MEMBERS,
  BIO: FieldVisibility.MEMBERS,
  LIVED_EXPERIENCE: FieldVisibility.PRIVATE,
  ORGANISATION: FieldVisibility.MEMBERS,
  JOB_TITLE: FieldVisibility.MEMBERS,
  REGION: FieldVisibility.MEMBERS,
  TOPICS: FieldVisibility.MEMBERS,
  COHORT: FieldVisibility.MEMBERS,
};

export function withDefaults(settings: Partial<VisibilitySettings> | null | undefined): VisibilitySettings {
  return { ...DEFAULT_VISIBILITY, ...(settings ?? {}) };
}
