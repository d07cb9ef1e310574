import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnauthenticatedError } from '#libs/errors';
import { MemberRole, MemberStatus } from '../entities/member-role.js';
import { AccessTokenService } from '../tokens/access-token.service.js';
import type { Viewer } from '../viewer.js';

/**
 * The one authentication function of Confer, used by the GraphQL API and the socket service alike:
 * a valid access token whose session is still open (not ended, not past its absolute end), for an active member.
 */
@Injectable()
export class AuthenticationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessTokenService) private readonly accessTokens: AccessTokenService,
  ) {}

  async authenticate(accessToken: string | undefined | null): Promise<Viewer> {
    if (!accessToken) throw new UnauthenticatedError();
    const claims = this.accessTokens.verify(accessToken);
    const rows: Array<{ role: MemberRole; handle: string }> = await this.dataSource.query(
      `SELECT m.role, m.handle
         FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE s.id = $1 AND s.member_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND m.status = $3`,
      [claims.sid, claims.sub, MemberStatus.ACTIVE],
    );
    const row = rows[0];
    if (!row) throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    return { memberId: claims.sub, sessionId: claims.sid, role: row.role, handle: row.handle };
  }

  /** The bearer token of an `Authorization` header, if any. */
  static bearerToken(header: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1];
  }
}
