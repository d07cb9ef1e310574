import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { isUuid, NotFoundError } from '#libs/errors';
import { Session } from '../entities/session.entity.js';
import type { Viewer } from '../viewer.js';
import { SessionService } from './session.service.js';

/** One of the member's open sign-ins, as they see it in "Where you're signed in". */
export interface OpenSession {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  /** The session this request is made in. */
  current: boolean;
}

/** The most sessions `mySessions` lists; "sign out everywhere else" ends them all, however many. */
export const MY_SESSIONS_LIMIT = 100;

/** A member's own sessions: seeing where they are signed in, and signing out a device or every other one. */
@Injectable()
export class MemberSessionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  /**
   * The viewer's open sessions (not ended, not past their absolute end), the most recently used first: at most
   * MY_SESSIONS_LIMIT (the one in use is always among them, being the most recently used).
   */
  async mySessions(viewer: Viewer): Promise<OpenSession[]> {
    const open = await this.dataSource.getRepository(Session).find({
      where: { memberId: viewer.memberId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC', createdAt: 'DESC' },
      take: MY_SESSIONS_LIMIT,
    });
    return open.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      userAgent: session.userAgent,
      current: session.id === viewer.sessionId,
    }));
  }

  /**
   * Signs out one of the viewer's sessions (this one too, if asked): its refresh tokens are refused and its sockets
   * close at once. Another member's session, or one already ended, is NOT_FOUND.
   */
  async endSession(viewer: Viewer, sessionId: string): Promise<void> {
    const ended =
      isUuid(sessionId) &&
      (await this.sessions.endSession(
        this.dataSource.manager,
        sessionId,
        'ended-by-member',
        viewer.memberId,
      ));
    if (!ended) throw new NotFoundError('That session');
  }

  /** Signs out every session of the viewer but this one; answers how many were ended. */
  endOtherSessions(viewer: Viewer): Promise<number> {
    return this.sessions.endAllSessions(
      this.dataSource.manager,
      viewer.memberId,
      'ended-by-member',
      viewer.sessionId,
    );
  }
}
