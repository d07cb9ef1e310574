import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ThreadService } from '#libs/discussions';
import type { Group } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { GroupType } from '../groups/group.types.js';
import { ThreadConnection } from './discussion.types.js';

/** A group's discussions, as the group's page lists them. */
@Resolver(() => GroupType)
export class GroupThreadsResolver {
  constructor(@Inject(ThreadService) private readonly threadService: ThreadService) {}

  @ResolveField(() => ThreadConnection, {
    description:
      'Its threads, pinned first, then latest activity first (for those who may read the group; empty otherwise).',
  })
  async threads(
    @Parent() group: Group,
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<ThreadConnection> {
    const page = await this.threadService.groupThreads(viewer, group.id, first, after);
    return { edges: page.items, pageInfo: pageInfo(page) };
  }
}
