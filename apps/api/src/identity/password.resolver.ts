import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PasswordService, type Caller, type Viewer } from '#libs/identity';
import { CurrentCaller } from '../graphql/caller.decorator.js';
import { CurrentViewer, Public } from '../graphql/viewer.decorator.js';

@Resolver()
export class PasswordResolver {
  constructor(@Inject(PasswordService) private readonly passwords: PasswordService) {}

  @Mutation(() => Boolean, { description: "Sets a new password and ends the member's other sessions." })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword', { description: 'Your password now.' }) currentPassword: string,
    @Args('newPassword', { description: '12 to 128 characters; very common passwords are refused.' })
    newPassword: string,
  ): Promise<boolean> {
    await this.passwords.changePassword(viewer, currentPassword, newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a one-hour reset link if the address belongs to a member. Always true, so as not to reveal who is.',
  })
  async requestPasswordReset(
    @Args('email', { description: 'The address of the account.' }) email: string,
    @CurrentCaller() caller: Caller,
  ): Promise<boolean> {
    await this.passwords.requestPasswordReset(email, caller);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from a mailed reset token and ends every session.',
  })
  async resetPassword(
    @Args('token', { description: 'The token from the reset mail.' }) token: string,
    @Args('password', {
      description: 'The new password: 12 to 128 characters; very common ones are refused.',
    })
    password: string,
  ): Promise<boolean> {
    await this.passwords.resetPassword(token, password);
    return true;
  }
}
