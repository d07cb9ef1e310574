import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { BlockingService, PairingService, ProfileReader, type MemberView } from '#libs/members';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from './member.loaders.js';
import { MemberType } from './member.type.js';

@Resolver()
export class BlockingResolver {
  constructor(
    @Inject(BlockingService) private readonly blocking: BlockingService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Blocks a member: they cannot start a conversation with you, ask you to pair or notify you, and neither of you ' +
      'is suggested to the other. They are not told. Blocking twice is harmless.',
  })
  blockMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'Who to block.' }) memberId: string,
  ): Promise<boolean> {
    return this.blocking.block(viewer, memberId);
  }

  @Mutation(() => Boolean, { description: 'Lifts a block. Unblocking someone not blocked is harmless.' })
  unblockMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'Who to unblock.' }) memberId: string,
  ): Promise<boolean> {
    return this.blocking.unblock(viewer, memberId);
  }

  @Query(() => [MemberType], { description: 'The members you have blocked, latest first.' })
  async blockedMembers(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<MemberView[]> {
    const ids = await this.blocking.blockedBy(viewer);
    const loaders = memberLoaders(context.req, viewer, { profiles: this.profiles, pairing: this.pairing });
    const members = await Promise.all(ids.map((id) => loaders.member.load(id)));
    return members.filter((member): member is MemberView => member !== null);
  }
}
