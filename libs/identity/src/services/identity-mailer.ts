import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { JobQueue, type JobRun } from '#libs/jobs';
import { Mailer, type OutgoingMail } from '#libs/mail';
import { derivedSecretToken } from '../tokens/secret-token.js';
import { identityMail } from './identity-mail.js';

export const INVITATION_MAIL_JOB = 'identity.invitation-mail';
export const PASSWORD_RESET_MAIL_JOB = 'identity.password-reset-mail';
export const INVITATION_TOKEN = 'invitation';
export const PASSWORD_RESET_TOKEN = 'password-reset';

/**
 * Mails invitations and password resets through the job queue: enqueued with the row that holds the token's hash,
 * so nothing is lost when a process dies; retried while the mail server fails; claimed before sending, so a job run
 * again sends no second e-mail. The token is re-derived from the row's id (it is stored nowhere). Nothing goes for
 * an invitation replaced, accepted or expired meanwhile, nor for a reset already used.
 */
@Injectable()
export class IdentityMailer implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<{ invitationId: string }>(INVITATION_MAIL_JOB, (job) => this.invitation(job));
    await this.jobs.define<{ resetId: string }>(PASSWORD_RESET_MAIL_JOB, (job) => this.passwordReset(job));
  }

  tokenOf(purpose: string, id: string): { token: string; hash: string } {
    return derivedSecretToken(this.config.jwtSecret, purpose, id);
  }

  private async invitation(job: JobRun<{ invitationId: string }>): Promise<void> {
    const id = job.data.invitationId;
    // WITH ... SELECT: TypeORM answers a bare UPDATE as [rows, count].
    const [row] = await this.dataSource.query<
      Array<{ email: string; expires_at: Date; inviter_name: string | null }>
    >(
      `WITH claimed AS (
         UPDATE invitations SET mailed_at = now()
          WHERE id = $1 AND mailed_at IS NULL AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING email, expires_at, invited_by_id)
       SELECT c.email, c.expires_at, m.display_name AS inviter_name
         FROM claimed c LEFT JOIN members m ON m.id = c.invited_by_id`,
      [id],
    );
    if (!row) return;
    const { token } = this.tokenOf(INVITATION_TOKEN, id);
    const link = `${this.config.publicUrl}/register?invitation=${encodeURIComponent(token)}`;
    const mail = identityMail.invitation(
      row.email,
      row.inviter_name ?? 'The Confer team',
      link,
      token,
      row.expires_at,
    );
    await this.sendOrRelease(mail, 'invitations', id);
  }

  private async passwordReset(job: JobRun<{ resetId: string }>): Promise<void> {
    const id = job.data.resetId;
    const [row] = await this.dataSource.query<Array<{ email: string }>>(
      `WITH claimed AS (
         UPDATE password_reset_tokens SET mailed_at = now()
          WHERE id = $1 AND mailed_at IS NULL AND used_at IS NULL AND expires_at > now()
          RETURNING member_id)
       SELECT m.email FROM claimed c JOIN members m ON m.id = c.member_id AND m.status = 'ACTIVE'`,
      [id],
    );
    if (!row) return;
    const { token } = this.tokenOf(PASSWORD_RESET_TOKEN, id);
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.sendOrRelease(identityMail.passwordReset(row.email, link, token), 'password_reset_tokens', id);
  }

  /** Sends; when the mail server fails, gives the claim back so that the retried job sends it. */
  private async sendOrRelease(mail: OutgoingMail, table: string, id: string): Promise<void> {
    try {
      await this.mailer.send(mail);
    } catch (error) {
      await this.dataSource.query(`UPDATE ${table} SET mailed_at = NULL WHERE id = $1`, [id]);
      throw error;
    }
  }
}
