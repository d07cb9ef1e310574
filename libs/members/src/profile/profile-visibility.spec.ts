import { describe, expect, it } from '@jest/globals';
import { FieldVisibility, ProfileField } from './profile-enums.js';
import { toMemberView } from './member-view.factory.js';
import type { ProfileRow } from './member-view.js';
import { maySee, type ViewerRelation } from './profile-visibility.js';

const relations: ViewerRelation[] = ['SELF', 'GROUP_PEER', 'MEMBER'];

describe('profile field visibility', () => {
  // visibility -> the relations that see it
  const table: Array<[FieldVisibility, ViewerRelation[]]> = [
    [FieldVisibility.MEMBERS, ['SELF', 'GROUP_PEER', 'MEMBER']],
    [FieldVisibility.GROUP_PEERS, ['SELF', 'GROUP_PEER']],
    [FieldVisibility.PRIVATE, ['SELF']],
  ];

  it.each(table)('%s is seen by exactly %j', (visibility, allowed) => {
    for (const relation of relations) expect(maySee(visibility, relation)).toBe(allowed.includes(relation));
  });

  const row: ProfileRow = {
    id: 'm1',
    email: 'm1@example.org',
    handle: 'm1',
    display_name: 'M One',
    role: 'MEMBER' as ProfileRow['role'],
    status: 'ACTIVE' as ProfileRow['status'],
    joined_at: new Date(0),
    pronouns: 'they/them',
    headline: 'headline',
    bio: 'bio',
    lived_experience: 'lived',
    leader_type: null,
    organisation: 'org',
    job_title: 'job',
    region_code: 'LONDON',
    topic_ids: [1, 2],
    cohort_id: 'c1',
    open_to_pairing: true,
    avatar_url: null,
    listed_in_directory: true,
    visibility: { BIO: FieldVisibility.GROUP_PEERS, REGION: FieldVisibility.PRIVATE },
  };
  const valueOf: Record<ProfileField, (view: ReturnType<typeof toMemberView>) => unknown> = {
    PRONOUNS: (v) => v.pronouns,
    HEADLINE: (v) => v.headline,
    BIO: (v) => v.bio,
    LIVED_EXPERIENCE: (v) => v.livedExperience,
    ORGANISATION: (v) => v.organisation,
    JOB_TITLE: (v) => v.jobTitle,
    REGION: (v) => v.regionCode,
    TOPICS: (v) => v.topicIds,
    COHORT: (v) => v.cohortId,
  };

  it.each(relations)(
    'shapes every field for a %s viewer by the owner’s settings and the defaults',
    (relation) => {
      const view = toMemberView(row, relation, false);
      const expected: Record<ProfileField, FieldVisibility> = {
        PRONOUNS: FieldVisibility.MEMBERS,
        HEADLINE: FieldVisibility.MEMBERS,
        BIO: FieldVisibility.GROUP_PEERS,
        LIVED_EXPERIENCE: FieldVisibility.PRIVATE,
        ORGANISATION: FieldVisibility.MEMBERS,
        JOB_TITLE: FieldVisibility.MEMBERS,
        REGION: FieldVisibility.PRIVATE,
        TOPICS: FieldVisibility.MEMBERS,
        COHORT: FieldVisibility.MEMBERS,
      };
      for (const field of Object.values(ProfileField)) {
        const shown = valueOf[field](view) !== null;
        expect([field, shown]).toEqual([field, maySee(expected[field], relation)]);
      }
      expect(view.visibility === null).toBe(relation !== 'SELF');
    },
  );
});
