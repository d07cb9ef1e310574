import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '#libs/identity';
import { MemberType } from '../members/member.type.js';

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => ID, { nullable: true })
  cohortId!: string | null;

  @Field({ description: 'Invitations can be used once, for 14 days.' })
  expiresAt!: Date;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => InvitationType)
  invitation!: InvitationType;

  @Field({ description: 'The invitation code, shown once; it is also mailed to the invitee.' })
  token!: string;

  @Field({
    deprecationReason:
      'Always true: the invitation is mailed through the job queue, which retries until the mail server takes it.',
  })
  mailSent!: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; valid for 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange with refreshSession for a new pair; each can be used once.' })
  refreshToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => MemberType)
  member!: MemberType;
}

@InputType()
export class CreateInvitationInput {
  @Field()
  email!: string;

  @Field(() => MemberRole, { nullable: true, defaultValue: MemberRole.MEMBER })
  role?: MemberRole;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;
}

@InputType()
export class RegisterInput {
  @Field()
  invitationToken!: string;

  @Field()
  email!: string;

  @Field({ description: '12 to 128 characters; very common passwords are refused.' })
  password!: string;

  @Field()
  displayName!: string;
}

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
