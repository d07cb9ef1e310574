import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { MemberSessionsService, type Viewer } from '#libs/identity';
import { CurrentViewer } from '../graphql/viewer.decorator.js';

@ObjectType('Session', { description: 'A device or browser where the member is signed in.' })
export class SessionType {
  @Field(() => ID, { description: "The session's identifier, for `endSession`." })
  id!: string;

  @Field({ description: 'When it signed in; it ends 30 days later at the latest.' })
  createdAt!: Date;

  @Field({ description: 'When it last renewed its sign-in.' })
  lastUsedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The browser or app, as it named itself when signing in.',
  })
  userAgent!: string | null;

  @Field({ description: 'True for the session this request is made in.' })
  current!: boolean;
}

/** Where the signed-in member is signed in, and signing out there. */
@Resolver()
export class SessionsResolver {
  constructor(@Inject(MemberSessionsService) private readonly sessions: MemberSessionsService) {}

  @Query(() => [SessionType], { description: "The viewer's open sessions, the most recently used first." })
  mySessions(@CurrentViewer() viewer: Viewer): Promise<SessionType[]> {
    return this.sessions.mySessions(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      "Signs out one of the viewer's sessions at once (its sockets close). Another member's session is NOT_FOUND.",
  })
  async endSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'One of your sessions.' }) id: string,
  ): Promise<boolean> {
    await this.sessions.endSession(viewer, id);
    return true;
  }

  @Mutation(() => Int, {
    description: 'Signs out every session of the viewer but this one; answers how many.',
  })
  endOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.sessions.endOtherSessions(viewer);
  }
}
