import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '#libs/identity';
import { MemberType } from '../members/member.type.js';

@ObjectType('Invitation', { description: 'An invitation to join Confer.' })
export class InvitationType {
  @Field(() => ID, { description: "The invitation's identifier." })
  id!: string;

  @Field({ description: 'The address it was sent to; only it can register with the code.' })
  email!: string;

  @Field(() => MemberRole, { description: 'The role the new member gets.' })
  role!: MemberRole;

  @Field(() => ID, { nullable: true, description: 'The cohort the new member is put in; null for none.' })
  cohortId!: string | null;

  @Field({ description: 'Invitations can be used once, for 14 days.' })
  expiresAt!: Date;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new invitation and its code.' })
export class InvitationPayload {
  @Field(() => InvitationType, { description: 'The invitation.' })
  invitation!: InvitationType;

  @Field({ description: 'The invitation code, shown once; it is also mailed to the invitee.' })
  token!: string;

  @Field({
    description: 'Whether the invitation mail is on its way.',
    deprecationReason:
      'Always true: the invitation is mailed through the job queue, which retries until the mail server takes it.',
  })
  mailSent!: boolean;
}

@ObjectType({ description: 'A signed-in session: its tokens and the member.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; valid for 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange with refreshSession for a new pair; each can be used once.' })
  refreshToken!: string;

  @Field({ description: 'When the access token stops working: refresh the session before then.' })
  accessTokenExpiresAt!: Date;

  @Field(() => MemberType, { description: 'The signed-in member.' })
  member!: MemberType;
}

@InputType({ description: 'Who to invite, and as what.' })
export class CreateInvitationInput {
  @Field({ description: 'Their e-mail address: the code is mailed there, and only it can register with it.' })
  email!: string;

  @Field(() => MemberRole, {
    nullable: true,
    defaultValue: MemberRole.MEMBER,
    description: 'The role they get; only admins may invite organisers and admins.',
  })
  role?: MemberRole;

  @Field(() => ID, { nullable: true, description: 'A cohort from `cohorts` to put them in.' })
  cohortId?: string | null;
}

@InputType({ description: 'A new account, from an invitation.' })
export class RegisterInput {
  @Field({ description: 'The code from the invitation.' })
  invitationToken!: string;

  @Field({ description: 'The address the invitation was sent to.' })
  email!: string;

  @Field({ description: '12 to 128 characters; very common passwords are refused.' })
  password!: string;

  @Field({
    description: 'The name shown to others, one line of 1 to 80 characters; your handle is made from it.',
  })
  displayName!: string;
}

@InputType({ description: 'E-mail and password.' })
export class LoginInput {
  @Field({ description: 'Your e-mail address.' })
  email!: string;

  @Field({ description: 'Your password.' })
  password!: string;
}
