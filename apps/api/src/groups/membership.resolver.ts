import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  GroupDirectory,
  GroupMembersService,
  GroupRole,
  MembershipService,
  type Group,
  type GroupMembership,
} from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView } from '#libs/members';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';
import { groupLoaders } from './group.loaders.js';
import { GroupType, MembershipType } from './group.types.js';

@Resolver(() => MembershipType)
export class MembershipResolver {
  constructor(
    @Inject(MembershipService) private readonly memberships: MembershipService,
    @Inject(GroupMembersService) private readonly memberLists: GroupMembersService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
  ) {}

  @Mutation(() => MembershipType, {
    description:
      'PUBLIC: you are in at once. PRIVATE: a request owners and moderators decide. HIDDEN: by invitation.',
  })
  joinGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
    @Args('message', {
      type: () => String,
      nullable: true,
      description: 'A note with a request to join, for owners and moderators; at most 500 characters.',
    })
    message: string | null,
  ): Promise<GroupMembership> {
    return this.memberships.joinGroup(viewer, groupId, message);
  }

  @Mutation(() => Boolean, { description: 'Also withdraws a request or declines an invitation.' })
  leaveGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
  ): Promise<boolean> {
    return this.memberships.leaveGroup(viewer, groupId);
  }

  @Mutation(() => MembershipType, { description: 'Owners and moderators.' })
  inviteToGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
    @Args('memberId', { type: () => ID, description: 'Who to invite.' }) memberId: string,
  ): Promise<GroupMembership> {
    return this.memberships.inviteToGroup(viewer, groupId, memberId);
  }

  @Mutation(() => MembershipType, {
    description: 'Accepts an invitation to the group: you become an active member.',
  })
  acceptGroupInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
  ): Promise<GroupMembership> {
    return this.memberships.acceptGroupInvitation(viewer, groupId);
  }

  @Mutation(() => MembershipType, {
    nullable: true,
    description: 'Approved: the membership. Declined: null (the request is removed).',
  })
  decideJoinRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID, description: 'The pending membership (the request).' })
    membershipId: string,
    @Args('approve', { description: 'true lets them in; false turns the request down.' }) approve: boolean,
  ): Promise<GroupMembership | null> {
    return this.memberships.decideJoinRequest(viewer, membershipId, approve);
  }

  @Mutation(() => MembershipType, { description: 'Owners only; a group always keeps at least one owner.' })
  setGroupRole(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
    @Args('memberId', { type: () => ID, description: 'An active member of the group.' }) memberId: string,
    @Args('role', { type: () => GroupRole, description: 'Their new role.' }) role: GroupRole,
  ): Promise<GroupMembership> {
    return this.memberships.setGroupRole(viewer, groupId, memberId, role);
  }

  @Mutation(() => Boolean, { description: 'Owners and moderators; with ban, the member cannot rejoin.' })
  removeFromGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'The group.' }) groupId: string,
    @Args('memberId', { type: () => ID, description: 'Who to remove.' }) memberId: string,
    @Args('ban', { defaultValue: false, description: 'true: they cannot join again.' }) ban: boolean,
  ): Promise<boolean> {
    return this.memberships.removeFromGroup(viewer, groupId, memberId, ban);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The note sent with a join request: for its author and the group’s owners and moderators.',
  })
  message(@Parent() membership: GroupMembership, @CurrentViewer() viewer: Viewer): Promise<string | null> {
    return this.memberLists.joinNote(viewer, membership);
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'The member; null when you may not see them.',
  })
  member(
    @Parent() membership: GroupMembership,
    @Context() context: GraphqlContext,
  ): Promise<MemberView | null> {
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    }).member.load(membership.memberId);
  }
}

/** `Member.groups`: the groups a member is active in, as far as the viewer may see them. */
@Resolver(() => MemberType)
export class MemberGroupsResolver {
  constructor(
    @Inject(GroupDirectory) private readonly directory: GroupDirectory,
    @Inject(GroupMembersService) private readonly members: GroupMembersService,
    @Inject(MembershipService) private readonly memberships: MembershipService,
  ) {}

  @ResolveField(() => [GroupType], {
    description: 'The groups they are an active member of that you may see.',
  })
  groups(@Parent() member: MemberView, @Context() context: GraphqlContext): Promise<Group[]> {
    const services = { directory: this.directory, members: this.members, memberships: this.memberships };
    return groupLoaders(context.req, context.req.viewer!, services).groupsOf.load(member.id);
  }
}
