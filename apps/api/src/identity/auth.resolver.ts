import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RegistrationService, SessionService } from '#libs/identity';
import { Public } from '../graphql/viewer.decorator.js';
import { AuthPayload, LoginInput, RegisterInput } from './identity.types.js';

/** Registration, sign-in, session refresh and sign-out: all open to callers without a valid access token. */
@Resolver()
@Public()
export class AuthResolver {
  constructor(
    @Inject(RegistrationService) private readonly registration: RegistrationService,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Creates an account from an invitation and signs it in.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.registration.register(input);
  }

  @Mutation(() => AuthPayload)
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.sessions.login(input.email, input.password);
  }

  @Mutation(() => AuthPayload, {
    description: 'Rotates the refresh token. A refresh token used twice ends its whole session.',
  })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token. Always true.' })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.sessions.logout(refreshToken);
    return true;
  }
}
