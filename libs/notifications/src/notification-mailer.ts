import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { NotificationSubjects } from '#libs/domain-events';
import { JobQueue, type JobRun } from '#libs/jobs';
import { Mailer } from '#libs/mail';
import { NotificationKind } from './notification-kind.js';
import { notificationMail } from './notification-mail.js';
import { NotificationWording } from './notification-wording.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';

export interface NotificationEmail {
  notificationId: string;
}

interface MailRow {
  id: string;
  kind: NotificationKind;
  recipient_id: string;
  email: string;
  display_name: string;
}

/**
 * Sends the e-mail of a notification (members who chose e-mail at once): claimed before sending, so a job run
 * again sends no second e-mail; a failed send gives the claim back and the job is retried. Nothing goes to a member
 * who is no longer active, and nothing for a notification already read.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(NotificationSubjects) private readonly subjects: NotificationSubjects,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(NotificationWording) private readonly wording: NotificationWording,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<NotificationEmail>(NOTIFICATION_EMAIL_JOB, (job) => this.run(job));
  }

  async run(job: JobRun<NotificationEmail>): Promise<void> {
    // WITH ... SELECT: TypeORM answers a bare UPDATE as [rows, count].
    const [row] = await this.dataSource.query<MailRow[]>(
      `WITH claimed AS (
         UPDATE notifications n SET emailed_at = now()
           FROM members r
          WHERE n.id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL
            AND r.id = n.recipient_id AND r.status = 'ACTIVE'
            AND (n.event_id IS NULL OR ${this.subjects.visibleSql('event', 'n.recipient_id', 'n.event_id')})
         RETURNING n.id, n.kind, n.recipient_id, r.email, r.display_name)
       SELECT * FROM claimed`,
      [job.data.notificationId],
    );
    if (!row) return; // sent already, read meanwhile, the member is gone, or may no longer see the event
    const base = this.config.publicUrl;
    try {
      const text = (await this.wording.of([row.id])).get(row.id)!;
      await this.mailer.send(
        notificationMail({
          to: row.email,
          recipientName: row.display_name,
          kind: row.kind,
          text,
          link: `${base}${text.path}`,
          unsubscribeUrl: `${base}/unsubscribe?token=${unsubscribeToken(this.config.jwtSecret, row.recipient_id, row.kind)}`,
        }),
      );
    } catch (error) {
      await this.dataSource.query('UPDATE notifications SET emailed_at = NULL WHERE id = $1', [row.id]);
      throw error;
    }
  }
}
