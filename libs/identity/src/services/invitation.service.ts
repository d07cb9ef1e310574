import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog } from '#libs/audit';
import { ConflictError, ForbiddenError, InputCheck } from '#libs/errors';
import { JobQueue } from '#libs/jobs';
import { Throttle } from '#libs/rate-limits';
import { Invitation } from '../entities/invitation.entity.js';
import { MemberRole } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { identityPolicy } from '../identity.policy.js';
import type { Viewer } from '../viewer.js';
import { invitationLimits } from './abuse-limits.js';
import { normaliseEmail } from './email.js';
import { IdentityMailer, INVITATION_MAIL_JOB, INVITATION_TOKEN } from './identity-mailer.js';

export const INVITATION_TTL_DAYS = 14;

export interface CreateInvitation {
  email: string;
  role?: MemberRole | null;
  cohortId?: string | null;
}

export interface CreatedInvitation {
  invitation: Invitation;
  /** The secret to hand to the invitee; it is not stored and cannot be shown again. */
  token: string;
}

@Injectable()
export class InvitationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(IdentityMailer) private readonly mail: IdentityMailer,
    @Inject(Throttle) private readonly throttle: Throttle,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  /** Invites an address; a newer invitation to the same address replaces the open one. */
  async invite(viewer: Viewer, input: CreateInvitation): Promise<CreatedInvitation> {
    const role = input.role ?? MemberRole.MEMBER;
    new InputCheck()
      .email(input.email)
      .require(Object.values(MemberRole).includes(role), 'role', 'Choose MEMBER, ORGANISER or ADMIN.')
      .uuid(input.cohortId, 'cohortId')
      .throwIfInvalid();
    if (!identityPolicy.mayInvite(viewer, role)) {
      throw new ForbiddenError(
        role === MemberRole.MEMBER
          ? 'Only organisers and admins can invite people.'
          : `Only admins can invite people as ${role.toLowerCase()}s.`,
      );
    }
    await this.throttle.requireAll(invitationLimits(viewer.memberId));
    const email = normaliseEmail(input.email);
    const id = randomUUID();
    const { token, hash } = this.mail.tokenOf(INVITATION_TOKEN, id);

    const invitation = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Member).existsBy({ email })) {
        throw new ConflictError('Someone with this e-mail address is already a member of Confer.');
      }
      await manager
        .getRepository(Invitation)
        .update({ email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      const saved = await manager.getRepository(Invitation).save({
        id,
        email,
        role,
        cohortId: input.cohortId ?? null,
        tokenHash: hash,
        invitedById: viewer.memberId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
        acceptedAt: null,
        acceptedMemberId: null,
        revokedAt: null,
        mailedAt: null,
      });
      // Mailed by a job, committed with the invitation: retried until the mail server takes it.
      await this.jobs.enqueue(INVITATION_MAIL_JOB, { invitationId: id }, { manager });
      // An admin action, in the audit log (the address is not kept there: the log cannot be erased).
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'CREATE_INVITATION',
        subjectType: 'INVITATION',
        subjectId: id,
        details: { role, cohortId: input.cohortId ?? null },
      });
      return saved;
    });
    return { invitation, token };
  }
}
