import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { UnauthenticatedError } from '#libs/errors';
import { Throttle } from '#libs/rate-limits';
import { memberRoom, RealtimePublisher, sessionRoom } from '#libs/realtime-publisher';
import { MemberStatus } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { RefreshToken } from '../entities/refresh-token.entity.js';
import { Session } from '../entities/session.entity.js';
import { passwordHasher } from '../password/password-hasher.js';
import { AccessTokenService } from '../tokens/access-token.service.js';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token.js';
import { loginLimits, type Caller } from './abuse-limits.js';
import { normaliseEmail } from './email.js';

export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface AuthTokens {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

export interface SignedIn extends AuthTokens {
  member: Member;
}

export type SessionEndReason =
  'logout' | 'password-changed' | 'password-reset' | 'refresh-token-reuse' | 'suspended' | 'account-deleted';

const WRONG_CREDENTIALS = 'The e-mail address or password is not right.';
const SESSION_OVER = 'Your session has ended. Please sign in again.';

/** A wrong password or an unknown address: what the sign-in limits count. */
class WrongCredentialsError extends UnauthenticatedError {
  constructor() {
    super(WRONG_CREDENTIALS);
  }
}

/** Sign-in, refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessTokenService) private readonly accessTokens: AccessTokenService,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
    @Inject(Throttle) private readonly throttle: Throttle,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * Signs in. Wrong passwords are counted per account and per caller's address (loginLimits): past either limit,
   * RATE_LIMITED until the window ends, even with the right password. A right password counts for nothing.
   */
  async login(email: string, password: string, caller: Caller = {}): Promise<SignedIn> {
    const member = await this.throttle.limitFailures(
      loginLimits(normaliseEmail(email), caller, this.config.loginIpLimit),
      () => this.checkPassword(email, password),
      (error) => error instanceof WrongCredentialsError,
    );
    if (member.status === MemberStatus.SUSPENDED) {
      throw new UnauthenticatedError(
        'This account is suspended. Contact the Confer team if you think this is a mistake.',
      );
    }
    if (member.passwordHash && passwordHasher.needsRehash(member.passwordHash)) {
      await this.dataSource
        .getRepository(Member)
        .update(member.id, { passwordHash: await passwordHasher.hash(password) });
    }
    return { member, ...(await this.openSession(this.dataSource.manager, member.id)) };
  }

  /** The member whose password this is; a wrong password and an unknown address take as long and fail alike. */
  private async checkPassword(email: string, password: string): Promise<Member> {
    const member = await this.dataSource.getRepository(Member).findOneBy({ email: normaliseEmail(email) });
    if (!member?.passwordHash || member.status === MemberStatus.DELETED) {
      await passwordHasher.verifyDecoy(password);
      throw new WrongCredentialsError();
    }
    if (!(await passwordHasher.verify(member.passwordHash, password))) throw new WrongCredentialsError();
    return member;
  }

  /** Starts a new session (a new refresh-token family) for a member, inside the caller's transaction. */
  async openSession(manager: EntityManager, memberId: string): Promise<AuthTokens> {
    const session = await manager.getRepository(Session).save({ memberId });
    const refreshToken = await this.issueRefreshToken(manager, session.id);
    const access = this.accessTokens.sign(memberId, session.id);
    return {
      sessionId: session.id,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
    };
  }

  /**
   * Spends a refresh token and issues the next one of its family. Presenting a token that was
   * already spent means it was stolen or replayed: the whole family (session) is revoked.
   */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashSecretToken(refreshToken) })
        .getOne();
      if (!token) return { kind: 'unknown' as const };
      const session = await manager.getRepository(Session).findOneByOrFail({ id: token.sessionId });
      if (session.revokedAt) return { kind: 'ended' as const };
      if (token.usedAt) {
        await this.endSession(manager, session.id, 'refresh-token-reuse');
        return { kind: 'reused' as const };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { kind: 'ended' as const };
      const member = await manager.getRepository(Member).findOneByOrFail({ id: session.memberId });
      if (member.status !== MemberStatus.ACTIVE) return { kind: 'ended' as const };

      await manager.getRepository(RefreshToken).update(token.id, { usedAt: new Date() });
      await manager.getRepository(Session).update(session.id, { lastUsedAt: new Date() });
      const next = await this.issueRefreshToken(manager, session.id);
      return { kind: 'rotated' as const, member, sessionId: session.id, refreshToken: next };
    });

    if (outcome.kind === 'unknown')
      throw new UnauthenticatedError('This sign-in is not valid. Please sign in again.');
    if (outcome.kind === 'reused') {
      throw new UnauthenticatedError(
        'This sign-in was already used, so it has been ended for your safety. Please sign in again.',
      );
    }
    if (outcome.kind === 'ended') throw new UnauthenticatedError(SESSION_OVER);
    const access = this.accessTokens.sign(outcome.member.id, outcome.sessionId);
    return {
      member: outcome.member,
      sessionId: outcome.sessionId,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: outcome.refreshToken,
    };
  }

  /** Ends the session the refresh token belongs to. Idempotent: an unknown or spent token is already signed out. */
  async logout(refreshToken: string): Promise<void> {
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .findOneBy({ tokenHash: hashSecretToken(refreshToken) });
    if (token) await this.endSession(this.dataSource.manager, token.sessionId, 'logout');
  }

  async endSession(manager: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
    await manager
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    // Its sockets close at once (a reconnect with the same token is then refused).
    this.realtime.disconnect(sessionRoom(sessionId));
  }

  /** Ends every session of a member except, optionally, the one they are using. */
  async endAllSessions(
    manager: EntityManager,
    memberId: string,
    reason: SessionEndReason,
    exceptSessionId?: string,
  ): Promise<void> {
    const query = manager
      .getRepository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('member_id = :memberId AND revoked_at IS NULL', { memberId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
    this.realtime.disconnect(
      memberRoom(memberId),
      exceptSessionId ? sessionRoom(exceptSessionId) : undefined,
    );
  }

  private async issueRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    await manager.getRepository(RefreshToken).insert({ sessionId, tokenHash: hash, expiresAt });
    return token;
  }
}
