import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticationService } from '#libs/identity';
import { PUBLIC_KEY, requestOf } from './viewer.decorator.js';

/** Guards every resolver and route by default; @Public() opens one explicitly. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    const header = request.headers.authorization;
    const token = AuthenticationService.bearerToken(Array.isArray(header) ? header[0] : header);
    if (isPublic) {
      // An expired token must not stop someone from signing in again or refreshing their session.
      if (token) request.viewer = await this.authentication.authenticate(token).catch(() => undefined);
      return true;
    }
    request.viewer = await this.authentication.authenticate(token);
    return true;
  }
}
