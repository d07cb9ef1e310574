// Plain words for the people screens' codes: leader types, who sees a field.
import type { FieldVisibility, LeaderType } from '../../graphql/people-operations';

export const LEADER_TYPES: Record<LeaderType, string> = {
  PATIENT_LEADER: 'Patient leader',
  CARER_LEADER: 'Carer leader',
  HEALTHCARE_PROFESSIONAL: 'Healthcare professional',
  HEALTHCARE_MANAGER: 'Healthcare manager',
  COMMUNITY_LEADER: 'Community leader',
  OTHER: 'Other',
};

export const LEADER_TYPE_CODES = Object.keys(LEADER_TYPES) as LeaderType[];

/** Who sees a field, in the words the profile screen uses. */
export const VISIBILITY_WORDS: Record<FieldVisibility, string> = {
  MEMBERS: 'All members',
  GROUP_PEERS: 'Only people in a private or hidden group with you',
  PRIVATE: 'Only you',
};

export const VISIBILITY_CODES = Object.keys(VISIBILITY_WORDS) as FieldVisibility[];

/** "1 member", "312 members". */
export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A date in words: "3 March 2026". */
export function dateWords(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Who sees a field, marked beside it on your own profile page. */
export const AUDIENCE_WORDS: Record<FieldVisibility, string> = {
  MEMBERS: 'All members',
  GROUP_PEERS: 'Only members who share a private or hidden group with you',
  PRIVATE: 'Only you see this',
};
