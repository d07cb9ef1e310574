import { Inject } from '@nestjs/common';
import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountService, identityPolicy, type Member, type Viewer } from '#libs/identity';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { MemberType } from './member.type.js';

@Resolver(() => MemberType)
export class MemberResolver {
  constructor(@Inject(AccountService) private readonly accounts: AccountService) {}

  @Query(() => MemberType, { description: 'The signed-in member.' })
  me(@CurrentViewer() viewer: Viewer): Promise<Member> {
    return this.accounts.getMember(viewer.memberId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Seen by the member themselves and by admins.' })
  email(@Parent() member: Member, @Context() context: GraphqlContext): string | null {
    return identityPolicy.maySeeEmail(context.req.viewer, member.id) ? member.email : null;
  }
}
