import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { JobQueue } from '#libs/jobs';
import { Mailer } from '#libs/mail';
import { identityMail } from './identity-mail.js';

export const SECURITY_NOTICE_JOB = 'identity.security-notice';

export type SecurityNotice =
  | { kind: 'password-changed'; memberId: string }
  | { kind: 'password-reset'; memberId: string }
  | { kind: 'new-sign-in'; memberId: string; sessionId: string };

/**
 * Tells a member by e-mail when their password changes or a device they have not used before signs in, with a way
 * to act if it was not them. Enqueued in the transaction of the change (nothing is mailed for a change rolled back),
 * sent by a job (retried while the mail server fails). The job carries ids only: no password, token or address.
 */
@Injectable()
export class SecurityNotices implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<SecurityNotice>(SECURITY_NOTICE_JOB, (job) => this.send(job.data));
  }

  passwordChanged(manager: EntityManager, memberId: string, how: 'changed' | 'reset'): Promise<unknown> {
    const kind = how === 'changed' ? 'password-changed' : 'password-reset';
    return this.jobs.enqueue<SecurityNotice>(SECURITY_NOTICE_JOB, { kind, memberId }, { manager });
  }

  newSignIn(manager: EntityManager, memberId: string, sessionId: string): Promise<unknown> {
    return this.jobs.enqueue<SecurityNotice>(
      SECURITY_NOTICE_JOB,
      { kind: 'new-sign-in', memberId, sessionId },
      { manager },
    );
  }

  private async send(notice: SecurityNotice): Promise<void> {
    const [member] = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT email FROM members WHERE id = $1 AND status = 'ACTIVE'`,
      [notice.memberId],
    );
    if (!member) return;
    const links = {
      reset: `${this.config.publicUrl}/forgot-password`,
      sessions: `${this.config.publicUrl}/sessions`,
    };
    if (notice.kind !== 'new-sign-in') {
      await this.mailer.send(identityMail.passwordChanged(member.email, notice.kind, links));
      return;
    }
    const [session] = await this.dataSource.query<Array<{ user_agent: string | null; created_at: Date }>>(
      'SELECT user_agent, created_at FROM sessions WHERE id = $1',
      [notice.sessionId],
    );
    if (!session) return;
    await this.mailer.send(
      identityMail.newSignIn(member.email, session.user_agent, session.created_at, links),
    );
  }
}
