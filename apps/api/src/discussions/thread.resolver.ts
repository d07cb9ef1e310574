import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  HistoryService,
  messageAsShown,
  ReactionService,
  ThreadAccess,
  ThreadService,
  type Thread,
  type ThreadPermissions,
} from '#libs/discussions';
import { GroupAccess, type Group } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView } from '#libs/members';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { GroupType } from '../groups/group.types.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';
import { discussionLoaders } from './discussion.loaders.js';
import {
  CreateThreadInput,
  MessageConnection,
  ThreadConnection,
  ThreadPermissionsType,
  ThreadType,
} from './discussion.types.js';

@Resolver(() => ThreadType)
export class ThreadResolver {
  constructor(
    @Inject(ThreadService) private readonly threads: ThreadService,
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(ReactionService) private readonly reactions: ReactionService,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
  ) {}

  @Mutation(() => ThreadType, { description: 'A thread with its first message, in a group you may post in.' })
  createThread(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The group, title and first message.' }) input: CreateThreadInput,
  ): Promise<Thread> {
    return this.threads.createThread(viewer, input);
  }

  @Mutation(() => ThreadType, {
    description: 'Your conversation with this member: the existing one, or a new one.',
  })
  startDirectThread(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'Who to talk with.' }) memberId: string,
  ): Promise<Thread> {
    return this.threads.startDirectThread(viewer, memberId);
  }

  @Mutation(() => ThreadType, { description: 'Owners and moderators of the group.' })
  pinThread(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID, description: 'A thread of your group.' }) threadId: string,
    @Args('pinned', { defaultValue: true, description: 'false unpins it.' }) pinned: boolean,
  ): Promise<Thread> {
    return this.threads.moderateThread(viewer, threadId, { pinned });
  }

  @Mutation(() => ThreadType, {
    description: 'Owners and moderators; in a locked thread only they may post.',
  })
  lockThread(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID, description: 'A thread of your group.' }) threadId: string,
    @Args('locked', { defaultValue: true, description: 'false unlocks it.' }) locked: boolean,
  ): Promise<Thread> {
    return this.threads.moderateThread(viewer, threadId, { locked });
  }

  @Query(() => ThreadType, { description: 'NOT_FOUND when it does not exist or you may not read it.' })
  thread(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: "The thread's id." }) id: string,
  ): Promise<Thread> {
    return this.threads.thread(viewer, id);
  }

  @Query(() => ThreadConnection, {
    description: 'Your direct conversations and your groups’ threads, latest activity first.',
  })
  async myThreads(
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
    @Args('unreadOnly', {
      defaultValue: false,
      description: 'true: only threads with messages you have not read.',
    })
    unreadOnly: boolean,
  ): Promise<ThreadConnection> {
    const page = await this.threads.myThreads(viewer, first, after, unreadOnly);
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @ResolveField(() => MessageConnection, {
    description: 'By seq: first/after forwards, last/before backwards.',
  })
  async messages(
    @Parent() thread: Thread,
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
    @Args('last', {
      type: () => Int,
      nullable: true,
      description: 'How many before `before` (or the newest), at most 100.',
    })
    last: number | null,
    @Args('before', {
      type: () => String,
      nullable: true,
      description: 'A cursor: read back from before it.',
    })
    before: string | null,
  ): Promise<MessageConnection> {
    const page = await this.history.messages(viewer, thread.id, { first, after, last, before });
    return {
      edges: page.items.map(({ cursor, node }) => ({ cursor, node: messageAsShown(node) })),
      pageInfo: pageInfo(page),
    };
  }

  @ResolveField(() => ThreadPermissionsType, {
    description:
      'What you may do in this thread (the group policy’s answer, or the conversation’s): what to offer.',
  })
  viewerCan(@Parent() thread: Thread, @CurrentViewer() viewer: Viewer): Promise<ThreadPermissions> {
    return this.access.permissionsFor(viewer, thread);
  }

  @ResolveField(() => Int, { description: 'Messages by others after what you have read.' })
  unreadCount(@Parent() thread: Thread, @Context() context: GraphqlContext): Promise<number> {
    return discussionLoaders(context.req, context.req.viewer!, {
      reactions: this.reactions,
      history: this.history,
      threads: this.threads,
    }).unreadCount.load(thread.id);
  }

  @ResolveField(() => GroupType, {
    nullable: true,
    description: 'The group it belongs to; null for a direct conversation.',
  })
  async group(@Parent() thread: Thread, @CurrentViewer() viewer: Viewer): Promise<Group | null> {
    return thread.groupId ? (await this.groups.load(viewer, { id: thread.groupId })).group : null;
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Who started it; null for a former member.',
  })
  author(@Parent() thread: Thread, @Context() context: GraphqlContext): Promise<MemberView | null> {
    return thread.authorId ? this.members(context).member.load(thread.authorId) : Promise.resolve(null);
  }

  @ResolveField(() => [MemberType], {
    description: 'The two people of a direct conversation; empty for a group thread.',
  })
  async participants(@Parent() thread: Thread, @Context() context: GraphqlContext): Promise<MemberView[]> {
    if (!thread.directKey) return [];
    const views = await this.members(context).member.loadMany(thread.directKey.split(':'));
    return views.filter((view): view is MemberView => view !== null && !(view instanceof Error));
  }

  private members(context: GraphqlContext) {
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    });
  }
}
