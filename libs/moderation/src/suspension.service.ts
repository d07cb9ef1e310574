import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '#libs/audit';
import { ConflictError, ForbiddenError, InputCheck, NotFoundError } from '#libs/errors';
import { AccountService, isAdmin, Member, MemberStatus, SessionService, type Viewer } from '#libs/identity';
import { memberRoom, RealtimePublisher } from '#libs/realtime-publisher';

export const REASON_MAX = 1000;

/**
 * Suspending a member (admins): their sessions end, their sockets close, they cannot sign in; what they wrote stays.
 * Reinstating undoes it. Both are in the audit log with the admin's reason.
 */
@Injectable()
export class SuspensionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  async suspend(viewer: Viewer, memberId: string, reason: string, reportId?: string): Promise<Member> {
    return this.change(viewer, memberId, reason, MemberStatus.SUSPENDED, reportId);
  }

  async reinstate(viewer: Viewer, memberId: string, reason: string): Promise<Member> {
    return this.change(viewer, memberId, reason, MemberStatus.ACTIVE);
  }

  private async change(
    viewer: Viewer,
    memberId: string,
    reason: string,
    status: MemberStatus.SUSPENDED | MemberStatus.ACTIVE,
    reportId?: string,
  ): Promise<Member> {
    new InputCheck()
      .uuid(memberId, 'memberId')
      .text(reason, 'reason', { min: 1, max: REASON_MAX })
      .require(memberId !== viewer.memberId, 'memberId', 'You cannot suspend yourself.')
      .throwIfInvalid();
    if (!isAdmin(viewer)) throw new ForbiddenError('Only admins can suspend or reinstate members.');
    const member = await this.dataSource.transaction(async (manager) => {
      const found = await manager
        .getRepository(Member)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :memberId', { memberId })
        .getOne();
      if (!found || found.status === MemberStatus.DELETED) throw new NotFoundError('That member');
      if (found.status === status) return found;
      if (status === MemberStatus.ACTIVE && found.status !== MemberStatus.SUSPENDED)
        throw new ConflictError('This member is not suspended.');
      await this.accounts.changeStatus(manager, memberId, status);
      if (status === MemberStatus.SUSPENDED)
        await this.sessions.endAllSessions(manager, memberId, 'suspended');
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: status === MemberStatus.SUSPENDED ? 'SUSPEND_MEMBER' : 'REINSTATE_MEMBER',
        subjectType: 'MEMBER',
        subjectId: memberId,
        reason: reason.trim(),
        details: reportId ? { reportId } : {},
      });
      return manager.getRepository(Member).findOneByOrFail({ id: memberId });
    });
    // Once committed: any socket that slipped in meanwhile closes too.
    if (status === MemberStatus.SUSPENDED) this.realtime.disconnect(memberRoom(memberId));
    return member;
  }
}
