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
import { SecurityNotices } from './security-notices.js';

export const REFRESH_TOKEN_TTL_DAYS = 30;
/** A sign-in lasts this long at most, however often its refresh token is rotated. */
export const SESSION_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
/** Longer User-Agent headers are cut: they are for telling devices apart, not for storing whatever a client sends. */
export const USER_AGENT_MAX = 300;

/** Who is signing in: their address (for the limits) and their browser or app (to name the session). */
export interface SignInCaller extends Caller {
  userAgent?: string;
}

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
  | 'logout'
  | 'ended-by-member'
  | 'password-changed'
  | 'password-reset'
  | 'refresh-token-reuse'
  | 'suspended'
  | 'account-deleted';

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
    @Inject(SecurityNotices) private readonly notices: SecurityNotices,
  ) {}

  /**
   * Signs in. Wrong passwords are counted per account and per caller's address (loginLimits): past either limit,
   * RATE_LIMITED until the window ends, even with the right password. A right password counts for nothing.
   * A suspended account's right password is answered exactly as a wrong one (and counted as one): the sign-in form
   * tells nobody that the account exists or is suspended.
   */
  async login(email: string, password: string, caller: SignInCaller = {}): Promise<SignedIn> {
    const member = await this.throttle.limitFailures(
      loginLimits(normaliseEmail(email), caller, this.config.loginIpLimit),
      () => this.checkPassword(email, password),
      (error) => error instanceof WrongCredentialsError,
    );
    if (member.passwordHash && passwordHasher.needsRehash(member.passwordHash)) {
      await this.dataSource
        .getRepository(Member)
        .update(member.id, { passwordHash: await passwordHasher.hash(password) });
    }
    const tokens = await this.dataSource.transaction(async (manager) => {
      const userAgent = userAgentOf(caller);
      const newDevice = await this.isNewDevice(manager, member.id, userAgent);
      const opened = await this.openSession(manager, member.id, userAgent);
      if (newDevice) await this.notices.newSignIn(manager, member.id, opened.sessionId);
      return opened;
    });
    return { member, ...tokens };
  }

  /**
   * Whether this member has signed in before, but never from this browser or app. Version numbers are left out of
   * the comparison: a browser updating itself is the same device.
   */
  private async isNewDevice(manager: EntityManager, memberId: string, userAgent?: string): Promise<boolean> {
    const [seen] = await manager.query<Array<{ before: boolean; here: boolean }>>(
      `SELECT count(*) > 0 AS before,
              count(*) FILTER (WHERE regexp_replace(coalesce(user_agent, ''), '[0-9]+', '', 'g')
                                     = regexp_replace($2, '[0-9]+', '', 'g')) > 0 AS here
         FROM sessions WHERE member_id = $1`,
      [memberId, userAgent ?? ''],
    );
    return Boolean(seen?.before && !seen.here);
  }

  /** The member whose password this is; a wrong password and an unknown address take as long and fail alike. */
  private async checkPassword(email: string, password: string): Promise<Member> {
    const member = await this.dataSource.getRepository(Member).findOneBy({ email: normaliseEmail(email) });
    if (!member?.passwordHash || member.status === MemberStatus.DELETED) {
      await passwordHasher.verifyDecoy(password);
      throw new WrongCredentialsError();
    }
    if (!(await passwordHasher.verify(member.passwordHash, password))) throw new WrongCredentialsError();
    if (member.status !== MemberStatus.ACTIVE) throw new WrongCredentialsError();
    return member;
  }

  /** Starts a new session (a new refresh-token family) for a member, inside the caller's transaction. */
  async openSession(manager: EntityManager, memberId: string, userAgent?: string): Promise<AuthTokens> {
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_DAYS * DAY_MS);
    const session = await manager
      .getRepository(Session)
      .save({ memberId, expiresAt, userAgent: userAgent?.slice(0, USER_AGENT_MAX) ?? null });
    const refreshToken = await this.issueRefreshToken(manager, session.id, expiresAt);
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
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) return { kind: 'ended' as const };
      if (token.usedAt) {
        await this.endSession(manager, session.id, 'refresh-token-reuse');
        return { kind: 'reused' as const };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { kind: 'ended' as const };
      const member = await manager.getRepository(Member).findOneByOrFail({ id: session.memberId });
      if (member.status !== MemberStatus.ACTIVE) return { kind: 'ended' as const };

      await manager.getRepository(RefreshToken).update(token.id, { usedAt: new Date() });
      await manager.getRepository(Session).update(session.id, { lastUsedAt: new Date() });
      const next = await this.issueRefreshToken(manager, session.id, session.expiresAt);
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

  /** Ends a session (answers whether it was open): its refresh tokens are refused from now on. */
  async endSession(
    manager: EntityManager,
    sessionId: string,
    reason: SessionEndReason,
    memberId?: string,
  ): Promise<boolean> {
    const { affected } = await manager
      .getRepository(Session)
      .update(
        { id: sessionId, revokedAt: IsNull(), ...(memberId ? { memberId } : {}) },
        { revokedAt: new Date(), revokedReason: reason },
      );
    // Its sockets close at once (a reconnect with the same token is then refused); one already ended has none.
    if (affected) this.realtime.disconnect(sessionRoom(sessionId));
    return Boolean(affected);
  }

  /** Ends every session of a member except, optionally, the one they are using; answers how many were open. */
  async endAllSessions(
    manager: EntityManager,
    memberId: string,
    reason: SessionEndReason,
    exceptSessionId?: string,
  ): Promise<number> {
    const query = manager
      .getRepository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('member_id = :memberId AND revoked_at IS NULL', { memberId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const { affected } = await query.execute();
    this.realtime.disconnect(
      memberRoom(memberId),
      exceptSessionId ? sessionRoom(exceptSessionId) : undefined,
    );
    return affected ?? 0;
  }

  /** A refresh token for REFRESH_TOKEN_TTL_DAYS, but never past the end of its session. */
  private async issueRefreshToken(
    manager: EntityManager,
    sessionId: string,
    sessionEnd: Date,
  ): Promise<string> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Math.min(Date.now() + REFRESH_TOKEN_TTL_DAYS * DAY_MS, sessionEnd.getTime()));
    await manager.getRepository(RefreshToken).insert({ sessionId, tokenHash: hash, expiresAt });
    return token;
  }
}

function userAgentOf(caller: SignInCaller): string | undefined {
  return caller.userAgent?.trim().slice(0, USER_AGENT_MAX) || undefined;
}
