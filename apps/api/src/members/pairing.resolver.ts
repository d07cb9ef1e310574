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
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<PairingRequest> {
    return this.pairing.requestPairing(viewer, memberId, message);
  }

  @Mutation(() => PairingRequestType)
  respondToPairing(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('accept') accept: boolean,
  ): Promise<PairingRequest> {
    return this.pairing.respondToPairing(viewer, requestId, accept);
  }

  @Query(() => [PairingRequestType], { description: 'Your pending and accepted pairings, newest first.' })
  myPairings(@CurrentViewer() viewer: Viewer): Promise<PairingRequest[]> {
    return this.pairing.myPairings(viewer);
  }

  @ResolveField(() => MemberType, { nullable: true })
  requester(
    @Parent() request: PairingRequest,
    @Context() context: GraphqlContext,
  ): Promise<MemberView | null> {
    return this.load(context, request.requesterId);
  }

  @ResolveField(() => MemberType, { nullable: true })
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
