import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupRole, GroupVisibility, MembershipStatus } from '#libs/groups';
import { PageInfo } from '../graphql/connection.js';

registerEnumType(GroupVisibility, {
  name: 'GroupVisibility',
  description:
    'PUBLIC: anyone may read and join. PRIVATE: listed; join by request; content for members. HIDDEN: invitation only; invisible to non-members.',
});
registerEnumType(GroupRole, { name: 'GroupRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType()
export class ViewerMembership {
  @Field(() => GroupRole)
  role!: GroupRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;
}

@ObjectType('Group')
export class GroupType {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'Stable; owners may change it. A hidden group’s ends in random letters, so that nobody can guess it.',
  })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => GroupVisibility)
  visibility!: GroupVisibility;

  @Field(() => String, { nullable: true })
  coverImageUrl!: string | null;

  @Field()
  rules!: string;

  @Field()
  createdAt!: Date;

  topicIds!: number[];
  regionCode!: string | null;
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID)
  id!: string;

  groupId!: string;
  memberId!: string;

  @Field(() => GroupRole)
  role!: GroupRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  /** The note sent with a join request: resolved (MembershipResolver.message) for those who may read it. */
  message!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class GroupEdge {
  @Field()
  cursor!: string;

  @Field(() => GroupType)
  node!: GroupType;
}

@ObjectType()
export class GroupConnection {
  @Field(() => [GroupEdge])
  edges!: GroupEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class MembershipEdge {
  @Field()
  cursor!: string;

  @Field(() => MembershipType)
  node!: MembershipType;
}

@ObjectType()
export class MembershipConnection {
  @Field(() => [MembershipEdge])
  edges!: MembershipEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class CreateGroupInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true, defaultValue: GroupVisibility.PUBLIC })
  visibility?: GroupVisibility | null;

  @Field(() => [String], { nullable: true })
  topicSlugs?: string[] | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Made from the name when left out. A hidden group gets random letters added to it.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true })
  rules?: string | null;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateGroupInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true })
  visibility?: GroupVisibility | null;

  @Field(() => [String], { nullable: true })
  topicSlugs?: string[] | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true })
  rules?: string | null;
}

@InputType()
export class GroupFilterInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  regions?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only groups you are an active member of.' })
  joinedOnly?: boolean | null;
}
