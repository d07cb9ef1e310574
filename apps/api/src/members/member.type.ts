import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole } from '#libs/identity';
import { FieldVisibility, LeaderType, ProfileField } from '#libs/members';

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'What a member may do on the platform.',
  valuesMap: {
    MEMBER: { description: 'An alumnus: the profile, the directory, groups, discussions and events.' },
    ORGANISER: { description: 'A member who may also invite members and run platform events.' },
    ADMIN: {
      description: 'Runs the platform: taxonomy, cohorts, moderation, suspensions and the audit log.',
    },
  },
});
registerEnumType(LeaderType, {
  name: 'LeaderType',
  description: 'The kind of leader a member is, as they describe themselves.',
  valuesMap: {
    PATIENT_LEADER: { description: 'Leads from their own experience as a patient.' },
    CARER_LEADER: { description: 'Leads from their experience of caring for someone.' },
    HEALTHCARE_PROFESSIONAL: { description: 'A clinician or other health or care professional.' },
    HEALTHCARE_MANAGER: { description: 'Manages health or care services.' },
    COMMUNITY_LEADER: { description: 'Leads a community or voluntary organisation.' },
    OTHER: { description: 'None of the above.' },
  },
});
registerEnumType(ProfileField, {
  name: 'ProfileField',
  description: 'The profile fields whose audience a member chooses.',
  valuesMap: {
    PRONOUNS: { description: '`Member.pronouns`.' },
    HEADLINE: { description: '`Member.headline`.' },
    BIO: { description: '`Member.bio`.' },
    LIVED_EXPERIENCE: {
      description: '`Member.livedExperience`; PRIVATE unless the member chooses otherwise.',
    },
    ORGANISATION: { description: '`Member.organisation`.' },
    JOB_TITLE: { description: '`Member.jobTitle`.' },
    REGION: { description: '`Member.region`.' },
    TOPICS: { description: '`Member.topics`.' },
    COHORT: { description: '`Member.cohort`.' },
  },
});
registerEnumType(FieldVisibility, {
  name: 'FieldVisibility',
  description:
    'MEMBERS: every member. GROUP_PEERS: members who share a private or hidden group with you (public groups do not count). PRIVATE: only you.',
  valuesMap: {
    MEMBERS: { description: 'Every signed-in member.' },
    GROUP_PEERS: {
      description:
        'Members who share an active membership of a PRIVATE or HIDDEN group with you; PUBLIC groups do not count.',
    },
    PRIVATE: { description: 'Only you.' },
  },
});

@ObjectType('FieldVisibilitySetting', { description: 'Who sees one of your profile fields.' })
export class FieldVisibilitySetting {
  @Field(() => ProfileField, { description: 'The profile field.' })
  field!: ProfileField;

  @Field(() => FieldVisibility, { description: 'Who sees it.' })
  visibility!: FieldVisibility;
}

@ObjectType('Member', { description: 'An alumnus of the programme. A field the viewer may not see is null.' })
export class MemberType {
  @Field(() => ID, { description: "The member's stable identifier." })
  id!: string;

  @Field({ description: 'Unique; lower-case letters, digits, "-" and "_". `@handle` mentions the member.' })
  handle!: string;

  @Field({ description: 'The name shown to others, as the member gave it.' })
  displayName!: string;

  @Field(() => MemberRole, { description: 'What the member may do on the platform.' })
  role!: MemberRole;

  @Field({ description: 'When the member registered.' })
  joinedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Seen by the member themselves and by admins.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when not given or not visible to you.' })
  pronouns!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One line about the member. Null when not given or not visible to you.',
  })
  headline!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'About the member, in paragraphs. Null when not given or not visible to you.',
  })
  bio!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Lived experience of illness or caring: special-category health data, private unless the member chooses.',
  })
  livedExperience!: string | null;

  @Field(() => LeaderType, { nullable: true, description: 'Null when the member has not said.' })
  leaderType!: LeaderType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the member works or volunteers. Null when not given or not visible to you.',
  })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when not given or not visible to you.' })
  jobTitle!: string | null;

  @Field({ description: 'true: the member welcomes pairing requests.' })
  openToPairing!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'An https:// address of their picture; null when none.',
  })
  avatarUrl!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only for the member themselves.' })
  listedInDirectory!: boolean | null;
}

@InputType({ description: 'Who sees one of your profile fields.' })
export class FieldVisibilityInput {
  @Field(() => ProfileField, { description: 'The profile field.' })
  field!: ProfileField;

  @Field(() => FieldVisibility, { description: 'Who may see it.' })
  visibility!: FieldVisibility;
}

@InputType({ description: 'Fields left out are unchanged; null or blank text clears a field.' })
export class UpdateProfileInput {
  @Field(() => String, {
    nullable: true,
    description:
      '3 to 30 lower-case letters, digits, "-" or "_" (stored lower-case); a taken one is BAD_USER_INPUT.',
  })
  handle?: string | null;

  @Field(() => String, { nullable: true, description: 'One line, 1 to 80 characters; cannot be cleared.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'One line, at most 40 characters.' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true, description: 'One line, at most 120 characters.' })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'Paragraphs, at most 2000 characters.' })
  bio?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Paragraphs, at most 2000 characters; needs `consentToLivedExperience` the first time.',
  })
  livedExperience?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: you consent to Confer keeping your lived experience (health information; the words are in ' +
      '`consentWording(kind: LIVED_EXPERIENCE)`). Needed the first time you fill it in, and again after withdrawing.',
  })
  consentToLivedExperience?: boolean | null;

  @Field(() => LeaderType, { nullable: true, description: 'null clears it.' })
  leaderType?: LeaderType | null;

  @Field(() => String, { nullable: true, description: 'One line, at most 120 characters.' })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: 'One line, at most 120 characters.' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'A code from `regions`; null or blank clears it.' })
  regionCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Slugs from `topics`, at most 10; replaces your topics (null or [] clears them).',
  })
  topicSlugs?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A cohort from `cohorts`; null clears it.' })
  cohortId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: you welcome pairing requests.' })
  openToPairing?: boolean | null;

  @Field(() => String, { nullable: true, description: 'An https:// address.' })
  avatarUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false keeps you out of search and suggestions.' })
  listedInDirectory?: boolean | null;

  @Field(() => [FieldVisibilityInput], {
    nullable: true,
    description: 'Who sees which field, each field at most once; fields left out keep their setting.',
  })
  visibility?: FieldVisibilityInput[] | null;
}
