import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '#libs/jobs';

export const RETENTION_SWEEP_JOB = 'privacy.retention-sweep';

/**
 * How long Confer keeps what is only kept for a while, in days (docs/PRIVACY.md, "How long"). What is not here is
 * kept while the account lives, and erased or made anonymous when it is deleted.
 */
export const RETENTION_DAYS = {
  /** A session after it ended or was last used (a refresh token lasts 30 days, so it is over by then). */
  sessions: 90,
  /** A password reset link after it expired. */
  passwordResets: 7,
  /** An invitation never accepted, after it expired or was replaced: it holds the address of someone who is not a member. */
  invitationsNotAccepted: 90,
  /** Mail kept in the outbox (no SMTP_URL): development and trials. */
  outboxEmails: 30,
  /** A notification, after it was read. */
  readNotifications: 365,
  /** The record that a notification was sent, which keeps a job run twice from telling anyone twice. */
  notificationReceipts: 90,
} as const;

/** Every night (03:30 UK time), deletes what has been kept as long as RETENTION_DAYS says. */
@Injectable()
export class RetentionSweep implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define(RETENTION_SWEEP_JOB, () => this.sweep().then(() => undefined));
    await this.jobs.schedule(RETENTION_SWEEP_JOB, '30 3 * * *', 'Europe/London');
  }

  /** Deletes what is past its time; answers how many rows of each kind went. Safe to run at any time, and again. */
  async sweep(now = new Date()): Promise<Record<keyof typeof RETENTION_DAYS, number>> {
    const before = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const run = async (sql: string, days: number): Promise<number> => {
      const [, count] = await this.dataSource.query<[unknown[], number]>(sql, [before(days)]);
      return count;
    };
    const removed = {
      sessions: await run(
        // Ended, or unused for longer than a refresh token lives; refresh tokens go with it (ON DELETE CASCADE).
        'DELETE FROM sessions WHERE coalesce(revoked_at, last_used_at) < $1',
        RETENTION_DAYS.sessions,
      ),
      passwordResets: await run(
        'DELETE FROM password_reset_tokens WHERE expires_at < $1',
        RETENTION_DAYS.passwordResets,
      ),
      invitationsNotAccepted: await run(
        `DELETE FROM invitations
          WHERE accepted_at IS NULL AND (expires_at < $1 OR revoked_at < $1)`,
        RETENTION_DAYS.invitationsNotAccepted,
      ),
      outboxEmails: await run('DELETE FROM outbox_emails WHERE created_at < $1', RETENTION_DAYS.outboxEmails),
      readNotifications: await run(
        'DELETE FROM notifications WHERE read_at < $1',
        RETENTION_DAYS.readNotifications,
      ),
      notificationReceipts: await run(
        'DELETE FROM notification_receipts WHERE created_at < $1',
        RETENTION_DAYS.notificationReceipts,
      ),
    };
    this.logger.log(`Retention sweep: ${JSON.stringify(removed)}`);
    return removed;
  }
}
