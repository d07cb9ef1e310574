import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG, type Config } from '#libs/config';
import {
  HistoryService,
  messageAsShown,
  MessageService,
  ReactionService,
  ThreadAccess,
  ThreadService,
  type Message,
  type MessagePermissions,
  type ReactionSummary,
  type Thread,
} from '#libs/discussions';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView } from '#libs/members';
import { Throttle } from '#libs/rate-limits';
import { perRequestValue } from '../graphql/request-cache.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';
import { discussionLoaders } from './discussion.loaders.js';
import {
  MessagePermissionsType,
  MessageType,
  PostMessageInput,
  Reaction,
  ThreadType,
} from './discussion.types.js';
import { sendLimit } from './send-limit.js';

@Resolver(() => MessageType)
export class MessageResolver {
  constructor(
    @Inject(MessageService) private readonly messages: MessageService,
    @Inject(ReactionService) private readonly reactionService: ReactionService,
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(ThreadService) private readonly threads: ThreadService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
    @Inject(Throttle) private readonly throttle: Throttle,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
  ) {}

  @Mutation(() => MessageType, {
    description: 'The same clientId from the same author returns the first message instead of a second.',
  })
  async postMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The thread, the body and what it replies to.' }) input: PostMessageInput,
  ): Promise<Message> {
    await this.throttle.requireAll([sendLimit(viewer.memberId, this.config.realtimeSendLimit)]);
    return messageAsShown((await this.messages.postMessage(viewer, input)).message);
  }

  @Mutation(() => MessageType, { description: 'The author only; the earlier text is kept in the history.' })
  async editMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'Your message.' }) id: string,
    @Args('body', { description: 'The new text (Markdown), 1 to 10,000 characters.' }) body: string,
  ): Promise<Message> {
    return messageAsShown((await this.messages.editMessage(viewer, id, body)).message);
  }

  @Mutation(() => MessageType, {
    description: 'The author or a moderator; the message stays as a tombstone.',
  })
  async deleteMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The message to delete.' }) id: string,
  ): Promise<Message> {
    return messageAsShown((await this.messages.deleteMessage(viewer, id)).message);
  }

  @Mutation(() => [Reaction], {
    description: 'Adds your reaction, or takes it back; answers the message’s reactions.',
  })
  toggleReaction(
    @CurrentViewer() viewer: Viewer,
    @Args('messageId', { type: () => ID, description: 'The message.' }) messageId: string,
    @Args('emoji', { description: 'One of 👍 ❤️ 😂 🎉 🙏 👏 💡 😮 😢.' }) emoji: string,
  ): Promise<ReactionSummary[]> {
    return this.reactionService.toggleReaction(viewer, messageId, emoji);
  }

  @Mutation(() => Int, {
    description: 'Stores that you have read up to `seq`; answers the seq now stored (it never goes back).',
  })
  markThreadRead(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID, description: 'The thread.' }) threadId: string,
    @Args('seq', { type: () => Int, description: 'The seq of the last message you have read.' }) seq: number,
  ): Promise<number> {
    return this.messages.markThreadRead(viewer, threadId, seq);
  }

  @ResolveField(() => Boolean, { description: 'Deleted by its author or a moderator: its body is empty.' })
  deleted(@Parent() message: Message): boolean {
    return message.deletedAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by a moderator: its body is empty.' })
  hidden(@Parent() message: Message): boolean {
    return message.hiddenAt != null;
  }

  @ResolveField(() => MessagePermissionsType, {
    description: 'What you may do with this message: what to offer beside it.',
  })
  viewerCan(@Parent() message: Message, @CurrentViewer() viewer: Viewer): Promise<MessagePermissions> {
    return this.access.messagePermissionsFor(viewer, message);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Null for a former member.' })
  author(@Parent() message: Message, @Context() context: GraphqlContext): Promise<MemberView | null> {
    if (!message.authorId) return Promise.resolve(null);
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    }).member.load(message.authorId);
  }

  @ResolveField(() => [Reaction], { description: 'Reactions by emoji.' })
  reactions(@Parent() message: Message, @Context() context: GraphqlContext): Promise<ReactionSummary[]> {
    return this.loaders(context).reactions.load(message.id);
  }

  @ResolveField(() => MessageType, { nullable: true, description: 'The message this one replies to.' })
  async parent(@Parent() message: Message, @Context() context: GraphqlContext): Promise<Message | null> {
    if (!message.parentId) return null;
    const parent = await this.loaders(context).message.load(message.parentId);
    return parent ? messageAsShown(parent) : null;
  }

  @ResolveField(() => ThreadType, { description: 'The thread it was posted in.' })
  thread(@Parent() message: Message, @Context() context: GraphqlContext): Promise<Thread> {
    // A page of messages shares one thread: checked and loaded once per request.
    return perRequestValue(context.req, `thread:${message.threadId}`, () =>
      this.threads.thread(context.req.viewer!, message.threadId),
    );
  }

  private loaders(context: GraphqlContext) {
    return discussionLoaders(context.req, context.req.viewer!, {
      reactions: this.reactionService,
      history: this.history,
      threads: this.threads,
    });
  }
}
