import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '#libs/errors';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ALGORITHM = 'HS256';
const ISSUER = 'confer';
const AUDIENCE = 'confer';

export interface AccessTokenClaims {
  /** The member's id. */
  sub: string;
  /** The session (refresh-token family) the token was issued for. */
  sid: string;
}

@Injectable()
export class AccessTokenService {
  constructor(@Inject(JwtService) private readonly jwt: JwtService) {}

  sign(memberId: string, sessionId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign(
      { sid: sessionId },
      {
        algorithm: ALGORITHM,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        issuer: ISSUER,
        audience: AUDIENCE,
        subject: memberId,
      },
    );
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Verifies signature, algorithm (pinned: `alg: none` and others are refused), issuer, audience and expiry. */
  verify(token: string): AccessTokenClaims {
    try {
      const claims = this.jwt.verify<Partial<AccessTokenClaims>>(token, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new Error('missing claims');
      return { sub: claims.sub, sid: claims.sid };
    } catch {
      throw new UnauthenticatedError('Your sign-in has expired or is not valid. Please sign in again.');
    }
  }
}
