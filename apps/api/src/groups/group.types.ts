import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupRole, GroupVisibility, MembershipStatus } from '#libs/groups';
import { PageInfo } from '../graphql/connection.js';

registerEnumType(GroupVisibility, {
  name: 'GroupVisibility',
  description:
    'PUBLIC: anyone may read and join. PRIVATE: listed; join by request; content for members. HIDDEN: invitation only; invisible to non-members.',
  valuesMap: {
    PUBLIC: { description: 'Any member may read it and join.' },
    PRIVATE: { description: 'Listed; joining takes an approved request; its content is for its members.' },
    HIDDEN: { description: 'By invitation only; invisible to non-members.' },
  },
});
registerEnumType(GroupRole, {
  name: 'GroupRole',
  description: "A member's role in a group.",
  valuesMap: {
    OWNER: { description: 'Owns the group: its settings and roles, and everything a moderator does.' },
    MODERATOR: {
      description: 'Moderates the group: invitations, join requests, removals and bans, and its threads.',
    },
    MEMBER: { description: 'Takes part.' },
  },
});
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Where a member stands with a group.',
  valuesMap: {
    ACTIVE: { description: 'A member of the group.' },
    PENDING: { description: 'Asked to join; waiting for an owner or moderator.' },
    INVITED: { description: 'Invited; not yet accepted.' },
    BANNED: { description: 'Removed and banned: cannot rejoin.' },
  },
});

@ObjectType({ description: 'Your own place in a group.' })
export class ViewerMembership {
  @Field(() => GroupRole, { description: 'Your role in it.' })
  role!: GroupRole;

  @Field(() => MembershipStatus, { description: 'Whether you are in, asked, invited or banned.' })
  status!: MembershipStatus;
}

@ObjectType('GroupPermissions', {
  description: 'What you may do in a group, as the group policy answers it: what to show and offer.',
})
export class GroupPermissionsType {
  @Field({ description: 'Know that it exists: its name, description and member count.' })
  see!: boolean;

  @Field({ description: 'Read its threads, events and member list.' })
  read!: boolean;

  @Field({ description: 'Start threads and write in them (a locked thread says so on `Thread.viewerCan`).' })
  post!: boolean;

  @Field({
    description: 'Join it, or ask to join it when `joinNeedsApproval` (joinGroup; acceptGroupInvitation).',
  })
  join!: boolean;

  @Field({
    description:
      'Joining would send a request that an owner or moderator decides (a private group, uninvited).',
  })
  joinNeedsApproval!: boolean;

  @Field({
    description:
      'Leave it, withdraw your request or decline your invitation (leaveGroup). The last owner must first make ' +
      'someone else an owner (CONFLICT).',
  })
  leave!: boolean;

  @Field({
    description:
      'Moderate it: invite, decide join requests, remove and ban members, pin and lock threads, announce to the ' +
      'group, see its reports.',
  })
  moderate!: boolean;

  @Field({ description: 'Own it: edit the group (updateGroup) and give and take roles (setGroupRole).' })
  own!: boolean;

  @Field({ description: 'Create an event of this group (createEvent with its groupId).' })
  createEvent!: boolean;
}

@ObjectType('Group', { description: 'A group of members around a topic, place or purpose.' })
export class GroupType {
  @Field(() => ID, { description: "The group's stable identifier." })
  id!: string;

  @Field({
    description:
      'Stable; owners may change it. A hidden group’s ends in random letters, so that nobody can guess it.',
  })
  slug!: string;

  @Field({ description: "The group's name." })
  name!: string;

  @Field({ description: 'What the group is about; may be empty.' })
  description!: string;

  @Field(() => GroupVisibility, { description: 'Who may see and join it.' })
  visibility!: GroupVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'An https:// address of its cover picture; null when none.',
  })
  coverImageUrl!: string | null;

  @Field({ description: "The group's rules, as its owners wrote them; may be empty." })
  rules!: string;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  topicIds!: number[];
  regionCode!: string | null;
}

@ObjectType('Membership', { description: "One member's place in one group." })
export class MembershipType {
  @Field(() => ID, { description: "The membership's identifier, e.g. for `decideJoinRequest`." })
  id!: string;

  groupId!: string;
  memberId!: string;

  @Field(() => GroupRole, { description: 'Their role in the group.' })
  role!: GroupRole;

  @Field(() => MembershipStatus, { description: 'Whether they are in, asked, invited or banned.' })
  status!: MembershipStatus;

  /** The note sent with a join request: resolved (MembershipResolver.message) for those who may read it. */
  message!: string | null;

  @Field({ description: 'When it was created (the request, invitation or joining).' })
  createdAt!: Date;
}

@ObjectType({ description: 'One group in a list.' })
export class GroupEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => GroupType, { description: 'The group.' })
  node!: GroupType;
}

@ObjectType({ description: 'A page of groups.' })
export class GroupConnection {
  @Field(() => [GroupEdge], { description: 'The groups on this page.' })
  edges!: GroupEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'One membership in a list.' })
export class MembershipEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => MembershipType, { description: 'The membership.' })
  node!: MembershipType;
}

@ObjectType({ description: 'A page of memberships.' })
export class MembershipConnection {
  @Field(() => [MembershipEdge], { description: 'The memberships on this page.' })
  edges!: MembershipEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A new group; you become its owner.' })
export class CreateGroupInput {
  @Field({ description: 'One line, 3 to 80 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: 'What it is about, at most 2000 characters.',
  })
  description?: string | null;

  @Field(() => GroupVisibility, {
    nullable: true,
    defaultValue: GroupVisibility.PUBLIC,
    description: 'Who may see and join it.',
  })
  visibility?: GroupVisibility | null;

  @Field(() => [String], { nullable: true, description: 'Slugs from `topics`, at most 10.' })
  topicSlugs?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A code from `regions`; none when left out.' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Made from the name when left out. A hidden group gets random letters added to it.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// address of a picture.' })
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The group's rules, at most 4000 characters." })
  rules?: string | null;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateGroupInput {
  @Field(() => String, { nullable: true, description: 'One line, 3 to 80 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true, description: 'Who may see and join it.' })
  visibility?: GroupVisibility | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Slugs from `topics`, at most 10; replaces its topics.',
  })
  topicSlugs?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A code from `regions`.' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lower-case letters, digits and single hyphens, at most 60 characters.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// address of a picture.' })
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters.' })
  rules?: string | null;
}

@InputType({ description: 'Narrows a list of groups; every filter given must match.' })
export class GroupFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, description or slug; at most 100 characters.',
  })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Topic slugs; a group with any of them matches.' })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Region codes; a group in any of them matches.' })
  regions?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only groups you are an active member of.' })
  joinedOnly?: boolean | null;
}
