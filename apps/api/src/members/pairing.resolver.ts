import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView, type PairingRequest } from '#libs/members';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { PairingRequestType } from './directory.types.js';
import { memberLoaders } from './member.loaders.js';
import { MemberType } from './member.type.js';

@Resolver(() => PairingRequestType)
export class PairingResolver {
  constructor(
    @Inject(PairingService) private readonly pairing: PairingService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {}

  @Mutation(() => PairingRequestType, {
    description: 'Asks a member open to pairing to be your collaborative pair.',
  })
  requestPairing(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'Who you ask.' }) memberId: string,
    @Args('message', {
      type: () => String,
      nullable: true,
      description: 'A note to them, at most 500 characters.',
    })
    message: string | null,
  ): Promise<PairingRequest> {
    return this.pairing.requestPairing(viewer, memberId, message);
  }

  @Mutation(() => PairingRequestType, {
    description:
      'Accepts or declines a pending request made to you; answering the same way twice is harmless.',
  })
  respondToPairing(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID, description: 'The request made to you.' }) requestId: string,
    @Args('accept', { description: 'true accepts, false declines.' }) accept: boolean,
  ): Promise<PairingRequest> {
    return this.pairing.respondToPairing(viewer, requestId, accept);
  }

  @Query(() => [PairingRequestType], { description: 'Your pending and accepted pairings, newest first.' })
  myPairings(@CurrentViewer() viewer: Viewer): Promise<PairingRequest[]> {
    return this.pairing.myPairings(viewer);
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Who asked; null when you may not see them.',
  })
  requester(
    @Parent() request: PairingRequest,
    @Context() context: GraphqlContext,
  ): Promise<MemberView | null> {
    return this.load(context, request.requesterId);
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Who was asked; null when you may not see them.',
  })
  recipient(
    @Parent() request: PairingRequest,
    @Context() context: GraphqlContext,
  ): Promise<MemberView | null> {
    return this.load(context, request.recipientId);
  }

  private load(context: GraphqlContext, memberId: string): Promise<MemberView | null> {
    const viewer = context.req.viewer;
    if (!viewer) return Promise.resolve(null);
    return memberLoaders(context.req, viewer, { profiles: this.profiles, pairing: this.pairing }).member.load(
      memberId,
    );
  }
}
