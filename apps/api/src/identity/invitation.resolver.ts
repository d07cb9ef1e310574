import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { InvitationService, type Viewer } from '#libs/identity';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { CreateInvitationInput, InvitationPayload } from './identity.types.js';

@Resolver()
export class InvitationResolver {
  constructor(@Inject(InvitationService) private readonly invitations: InvitationService) {}

  @Mutation(() => InvitationPayload, {
    description: 'Admins invite anyone; organisers invite members. The code is mailed and returned once.',
  })
  createInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Who to invite, and as what.' }) input: CreateInvitationInput,
  ): Promise<InvitationPayload> {
    return this.invitations.invite(viewer, input).then((created) => ({ ...created, mailSent: true }));
  }
}
