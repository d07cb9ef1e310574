import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ValidationError } from '#libs/errors';
import { EventAccess } from '#libs/events';
import {
  GroupAccess,
  GroupDirectory,
  GroupMembersService,
  GroupService,
  MembershipService,
  MembershipStatus,
  type Group,
} from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { RegionType, TopicType } from '../members/taxonomy.types.js';
import { groupLoaders } from './group.loaders.js';
import {
  CreateGroupInput,
  GroupConnection,
  GroupFilterInput,
  GroupPermissionsType,
  GroupType,
  MembershipConnection,
  UpdateGroupInput,
  ViewerMembership,
} from './group.types.js';

@Resolver(() => GroupType)
export class GroupResolver {
  constructor(
    @Inject(GroupAccess) private readonly access: GroupAccess,
    @Inject(GroupService) private readonly groupsService: GroupService,
    @Inject(GroupDirectory) private readonly directory: GroupDirectory,
    @Inject(GroupMembersService) private readonly memberLists: GroupMembersService,
    @Inject(MembershipService) private readonly membershipService: MembershipService,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(EventAccess) private readonly events: EventAccess,
  ) {}

  @Query(() => GroupType, {
    description: 'By id or slug. NOT_FOUND when it does not exist or you may not see it.',
  })
  async group(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, nullable: true, description: "The group's id; give this or `slug`." })
    id: string | null,
    @Args('slug', { type: () => String, nullable: true, description: "The group's slug; give this or `id`." })
    slug: string | null,
  ): Promise<Group> {
    if (!id && !slug) throw new ValidationError({ id: 'Give the id or the slug of the group.' });
    return (await this.access.load(viewer, { id, slug })).group;
  }

  @Query(() => GroupConnection, { description: 'Groups you may see, in name order.' })
  async groups(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', {
      type: () => GroupFilterInput,
      nullable: true,
      description: 'Left out: every group you may see.',
    })
    filter: GroupFilterInput | null,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<GroupConnection> {
    const page = await this.directory.groups(viewer, filter ?? {}, first, after);
    return {
      edges: page.items.map(({ cursor, node }) => ({ cursor, node: node.group })),
      pageInfo: pageInfo(page),
    };
  }

  @Mutation(() => GroupType, { description: 'Any member may create a group, and becomes its owner.' })
  createGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new group.' }) input: CreateGroupInput,
  ): Promise<Group> {
    return this.groupsService.createGroup(viewer, input);
  }

  @Mutation(() => GroupType, { description: 'Owners and admins.' })
  async updateGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The group to change.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateGroupInput,
  ): Promise<Group> {
    return this.groupsService.updateGroup(viewer, id, input);
  }

  @ResolveField(() => ViewerMembership, { nullable: true, description: 'Your place in this group, if any.' })
  async viewerMembership(
    @Parent() group: Group,
    @Context() context: GraphqlContext,
  ): Promise<ViewerMembership | null> {
    const membership = await this.loaders(context).viewerMembership.load(group.id);
    return membership ? { role: membership.role, status: membership.status } : null;
  }

  @ResolveField(() => GroupPermissionsType, {
    description: 'What you may do in this group (the group policy’s answer): what to show and offer.',
  })
  async viewerCan(@Parent() group: Group, @CurrentViewer() viewer: Viewer): Promise<GroupPermissionsType> {
    const [permissions, createEvent] = await Promise.all([
      this.access.permissionsFor(viewer, group.id),
      this.events.mayCreate(viewer, group.id),
    ]);
    return { ...permissions, createEvent };
  }

  @ResolveField(() => Int, { description: 'Active members.' })
  memberCount(@Parent() group: Group, @Context() context: GraphqlContext): Promise<number> {
    return this.loaders(context).memberCount.load(group.id);
  }

  @ResolveField(() => [TopicType], { description: 'What the group is about.' })
  async topics(@Parent() group: Group): Promise<TopicType[]> {
    const { topicsById } = await this.taxonomy.lookup();
    return group.topicIds.flatMap((id) => topicsById.get(id) ?? []);
  }

  @ResolveField(() => RegionType, {
    nullable: true,
    description: 'Where the group is based; null when nowhere in particular.',
  })
  async region(@Parent() group: Group): Promise<RegionType | null> {
    return group.regionCode
      ? ((await this.taxonomy.lookup()).regionsByCode.get(group.regionCode) ?? null)
      : null;
  }

  @ResolveField(() => MembershipConnection, {
    description: 'Active members, with their roles, oldest first.',
  })
  async members(
    @Parent() group: Group,
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<MembershipConnection> {
    return this.connection(
      await this.memberLists.memberships(viewer, group.id, MembershipStatus.ACTIVE, first, after),
    );
  }

  @ResolveField(() => MembershipConnection, { description: 'Requests to join, for owners and moderators.' })
  async joinRequests(
    @Parent() group: Group,
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<MembershipConnection> {
    return this.connection(
      await this.memberLists.memberships(viewer, group.id, MembershipStatus.PENDING, first, after),
    );
  }

  private connection(page: Awaited<ReturnType<GroupMembersService['memberships']>>): MembershipConnection {
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  private loaders(context: GraphqlContext) {
    return groupLoaders(context.req, context.req.viewer!, {
      directory: this.directory,
      members: this.memberLists,
      memberships: this.membershipService,
    });
  }
}
