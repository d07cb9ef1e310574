import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { InputCheck, ValidationError } from '#libs/errors';
import { JobQueue } from '#libs/jobs';
import { Throttle } from '#libs/rate-limits';
import { MemberStatus } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { PasswordResetToken } from '../entities/password-reset-token.entity.js';
import { checkPassword } from '../password/password-policy.js';
import { passwordHasher } from '../password/password-hasher.js';
import { hashSecretToken } from '../tokens/secret-token.js';
import type { Viewer } from '../viewer.js';
import { clearLoginLockouts, passwordResetLimits, type Caller } from './abuse-limits.js';
import { normaliseEmail } from './email.js';
import { IdentityMailer, PASSWORD_RESET_MAIL_JOB, PASSWORD_RESET_TOKEN } from './identity-mailer.js';
import { SecurityNotices } from './security-notices.js';
import { SessionService } from './session.service.js';

export const PASSWORD_RESET_TTL_MINUTES = 60;
export const PASSWORD_RESET_REQUEST_JOB = 'identity.password-reset-request';

/** Changing a password, and resetting a forgotten one by a mailed single-use token. */
@Injectable()
export class PasswordService implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(IdentityMailer) private readonly mail: IdentityMailer,
    @Inject(Throttle) private readonly throttle: Throttle,
    @Inject(SecurityNotices) private readonly notices: SecurityNotices,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<{ email: string }>(PASSWORD_RESET_REQUEST_JOB, (job) =>
      this.startPasswordReset(job.data.email),
    );
  }

  /** Sets a new password and ends the member's other sessions; the one in use stays signed in. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    const member = await this.dataSource.getRepository(Member).findOneByOrFail({ id: viewer.memberId });
    const check = new InputCheck();
    checkPassword(check, newPassword, 'newPassword', { email: member.email })
      .require(
        newPassword !== currentPassword,
        'newPassword',
        'Choose a password different from your current one.',
      )
      .throwIfInvalid();
    if (!member.passwordHash || !(await passwordHasher.verify(member.passwordHash, currentPassword))) {
      throw new ValidationError({ currentPassword: 'This is not your current password.' });
    }
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Member).update(member.id, { passwordHash, passwordChangedAt: new Date() });
      await this.sessions.endAllSessions(manager, member.id, 'password-changed', viewer.sessionId);
      await this.notices.passwordChanged(manager, member.id, 'changed');
    });
  }

  /**
   * Mails a reset link when the address belongs to an active member. The answer is the same either way, and so is
   * the work done before it (the same statements, member or not: the member is looked up by a job), so that neither
   * the answer nor its time tells anybody who is a member.
   */
  async requestPasswordReset(emailInput: string, caller: Caller = {}): Promise<void> {
    new InputCheck().email(emailInput).throwIfInvalid();
    const email = normaliseEmail(emailInput);
    // Counted for every address asked about, member or not, so that the limit tells nobody who is a member.
    await this.throttle.requireAll(passwordResetLimits(email, caller));
    await this.jobs.enqueue(PASSWORD_RESET_REQUEST_JOB, { email });
  }

  /** The job's half of a reset request: a token for an active member, mailed by a further job; nothing otherwise. */
  private async startPasswordReset(email: string): Promise<void> {
    const member = await this.dataSource
      .getRepository(Member)
      .findOneBy({ email, status: MemberStatus.ACTIVE });
    if (!member) return;
    const id = randomUUID();
    const { hash } = this.mail.tokenOf(PASSWORD_RESET_TOKEN, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PasswordResetToken).insert({
        id,
        memberId: member.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60 * 1000),
      });
      // Mailed by a job, committed with the token's hash: retried until the mail server takes it.
      await this.jobs.enqueue(PASSWORD_RESET_MAIL_JOB, { resetId: id }, { manager });
    });
  }

  /** Sets the password from a reset token, spends every outstanding reset token, and ends every session. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const reset = await this.dataSource
      .getRepository(PasswordResetToken)
      .findOneBy({ tokenHash: hashSecretToken(token.trim()) });
    const tokenProblem = !reset
      ? 'This reset link is not valid. Ask for a new one.'
      : reset.usedAt
        ? 'This reset link has already been used. Ask for a new one if you need to.'
        : reset.expiresAt.getTime() <= Date.now()
          ? 'This reset link has expired (links last one hour). Ask for a new one.'
          : undefined;
    if (tokenProblem || !reset) throw new ValidationError({ token: tokenProblem ?? '' });
    const member = await this.dataSource.getRepository(Member).findOneByOrFail({ id: reset.memberId });
    checkPassword(new InputCheck(), newPassword, 'password', { email: member.email }).throwIfInvalid();
    const passwordHash = await passwordHasher.hash(newPassword);

    await this.dataSource.transaction(async (manager) => {
      const spent = await manager
        .getRepository(PasswordResetToken)
        .update({ memberId: member.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!spent.affected) {
        throw new ValidationError({ token: 'This reset link has already been used.' });
      }
      await manager.getRepository(Member).update(member.id, { passwordHash, passwordChangedAt: new Date() });
      await this.sessions.endAllSessions(manager, member.id, 'password-reset');
      await this.notices.passwordChanged(manager, member.id, 'reset');
    });
    // A new password ends a sign-in lockout: the member can sign in with it at once.
    await clearLoginLockouts(this.throttle, member.email);
  }
}
