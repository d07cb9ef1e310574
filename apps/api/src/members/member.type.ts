import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole } from '#libs/identity';
import { FieldVisibility, LeaderType, ProfileField } from '#libs/members';

registerEnumType(MemberRole, { name: 'MemberRole', description: 'What a member may do on the platform.' });
registerEnumType(LeaderType, { name: 'LeaderType' });
registerEnumType(ProfileField, {
  name: 'ProfileField',
  description: 'The profile fields whose audience a member chooses.',
});
registerEnumType(FieldVisibility, {
  name: 'FieldVisibility',
  description:
    'MEMBERS: every member. GROUP_PEERS: members who share a private or hidden group with you (public groups do not count). PRIVATE: only you.',
});

@ObjectType('FieldVisibilitySetting')
export class FieldVisibilitySetting {
  @Field(() => ProfileField)
  field!: ProfileField;

  @Field(() => FieldVisibility)
  visibility!: FieldVisibility;
}

@ObjectType('Member', { description: 'An alumnus of the programme. A field the viewer may not see is null.' })
export class MemberType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique; lower-case letters, digits, "-" and "_". `@handle` mentions the member.' })
  handle!: string;

  @Field()
  displayName!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field()
  joinedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Seen by the member themselves and by admins.' })
  email!: string | null;

  @Field(() => String, { nullable: true })
  pronouns!: string | null;

  @Field(() => String, { nullable: true })
  headline!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Lived experience of illness or caring: special-category health data, private unless the member chooses.',
  })
  livedExperience!: string | null;

  @Field(() => LeaderType, { nullable: true })
  leaderType!: LeaderType | null;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  jobTitle!: string | null;

  @Field()
  openToPairing!: boolean;

  @Field(() => String, { nullable: true })
  avatarUrl!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only for the member themselves.' })
  listedInDirectory!: boolean | null;
}

@InputType()
export class FieldVisibilityInput {
  @Field(() => ProfileField)
  field!: ProfileField;

  @Field(() => FieldVisibility)
  visibility!: FieldVisibility;
}

@InputType({ description: 'Fields left out are unchanged; null or blank text clears a field.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  handle?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  headline?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  livedExperience?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: you consent to Confer keeping your lived experience (health information; the words are in ' +
      '`consentWording(kind: LIVED_EXPERIENCE)`). Needed the first time you fill it in, and again after withdrawing.',
  })
  consentToLivedExperience?: boolean | null;

  @Field(() => LeaderType, { nullable: true })
  leaderType?: LeaderType | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true })
  topicSlugs?: string[] | null;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => Boolean, { nullable: true })
  openToPairing?: boolean | null;

  @Field(() => String, { nullable: true, description: 'An https:// address.' })
  avatarUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false keeps you out of search and suggestions.' })
  listedInDirectory?: boolean | null;

  @Field(() => [FieldVisibilityInput], { nullable: true })
  visibility?: FieldVisibilityInput[] | null;
}
