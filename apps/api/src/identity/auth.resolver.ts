import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import {
  RegistrationService,
  SessionService,
  type SignedIn,
  type SignInCaller,
  type Viewer,
} from '#libs/identity';
import { ProfileReader } from '#libs/members';
import { CurrentCaller } from '../graphql/caller.decorator.js';
import { Public, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { AuthPayload, LoginInput, RegisterInput } from './identity.types.js';

/** Registration, sign-in, session refresh and sign-out: all open to callers without a valid access token. */
@Resolver()
@Public()
export class AuthResolver {
  constructor(
    @Inject(RegistrationService) private readonly registration: RegistrationService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Creates an account from an invitation and signs it in.' })
  register(
    @Args('input', { description: 'The invitation code and your account.' }) input: RegisterInput,
    @Context() context: GraphqlContext,
    @CurrentCaller() caller: SignInCaller,
  ): Promise<AuthPayload> {
    return this.actAs(context, this.registration.register(input, caller));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  login(
    @Args('input', { description: 'Your e-mail and password.' }) input: LoginInput,
    @Context() context: GraphqlContext,
    @CurrentCaller() caller: SignInCaller,
  ): Promise<AuthPayload> {
    return this.actAs(context, this.sessions.login(input.email, input.password, caller));
  }

  @Mutation(() => AuthPayload, {
    description: 'Rotates the refresh token. A refresh token used twice ends its whole session.',
  })
  refreshSession(
    @Args('refreshToken', { description: 'The refresh token of your last AuthPayload.' })
    refreshToken: string,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.actAs(context, this.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token. Always true.' })
  async logout(
    @Args('refreshToken', { description: 'The refresh token of the session to end.' }) refreshToken: string,
  ): Promise<boolean> {
    await this.sessions.logout(refreshToken);
    return true;
  }

  /** Once signed in, the rest of the request (the payload's `member`) is answered for that member. */
  private async actAs(context: GraphqlContext, signingIn: Promise<SignedIn>): Promise<AuthPayload> {
    const { member, sessionId, ...tokens } = await signingIn;
    const viewer: Viewer = { memberId: member.id, sessionId, role: member.role, handle: member.handle };
    context.req.viewer = viewer;
    return { ...tokens, member: await this.profiles.view(viewer, member.id) };
  }
}
