import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { NotificationSubjects } from '#libs/domain-events';
import { JobQueue, type JobRun } from '#libs/jobs';
import { composeMail, Mailer, type OutgoingMail } from '#libs/mail';
import { NotificationWording } from './notification-wording.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export const DAILY_DIGEST_JOB = 'notifications.daily-digest';
export const MEMBER_DIGEST_JOB = 'notifications.member-digest';

/**
 * The daily digest: every morning (07:00 UK time) one e-mail per member listing what is still unread of the kinds
 * they chose to hear of that way, and nothing else. Each notification goes in one digest only (claimed before the
 * e-mail goes; a failed send gives it back); one job per member, so one member's trouble does not stop the rest.
 */
@Injectable()
export class DailyDigest implements OnModuleInit {
  private readonly logger = new Logger('Digest');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(NotificationSubjects) private readonly subjects: NotificationSubjects,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(NotificationWording) private readonly wording: NotificationWording,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define(DAILY_DIGEST_JOB, () => this.everyone());
    await this.jobs.define<{ memberId: string }>(MEMBER_DIGEST_JOB, (job) => this.forMember(job), {
      onePerKey: true,
    });
    await this.jobs.schedule(DAILY_DIGEST_JOB, '0 7 * * *', 'Europe/London');
  }

  /** One digest job for each active member with something waiting for the digest. */
  async everyone(): Promise<void> {
    const members = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT DISTINCT n.recipient_id AS id
         FROM notifications n
         JOIN notification_preferences p
           ON p.member_id = n.recipient_id AND p.kind = n.kind::text AND p.channel = 'DAILY_DIGEST'
         JOIN members m ON m.id = n.recipient_id AND m.status = 'ACTIVE'
        WHERE n.read_at IS NULL AND n.digested_at IS NULL AND n.emailed_at IS NULL`,
    );
    const day = new Date().toISOString().slice(0, 10);
    for (const member of members) {
      await this.jobs.enqueue(
        MEMBER_DIGEST_JOB,
        { memberId: member.id },
        { singletonKey: `${member.id}:${day}` },
      );
    }
    this.logger.log(`Daily digest: ${members.length} members`);
  }

  async forMember(job: JobRun<{ memberId: string }>): Promise<void> {
    const memberId = job.data.memberId;
    const claimed = await this.dataSource.query<Array<{ id: string }>>(
      `WITH claimed AS (
         UPDATE notifications n SET digested_at = now()
           FROM notification_preferences p, members m
          WHERE n.recipient_id = $1 AND n.read_at IS NULL AND n.digested_at IS NULL AND n.emailed_at IS NULL
            AND p.member_id = n.recipient_id AND p.kind = n.kind::text AND p.channel = 'DAILY_DIGEST'
            AND m.id = n.recipient_id AND m.status = 'ACTIVE'
         RETURNING n.id, n.updated_at, n.event_id)
       SELECT id FROM claimed
        WHERE event_id IS NULL OR ${this.subjects.visibleSql('event', '$1', 'event_id')}
        ORDER BY updated_at DESC`,
      [memberId],
    );
    // An event they may no longer see is claimed (never digested later) but not told.
    if (claimed.length === 0) return;
    const texts = await this.wording.of(claimed.map((row) => row.id));
    const lines = claimed.map((row) => texts.get(row.id)!.summary);
    const [member] = await this.dataSource.query<Array<{ email: string; display_name: string }>>(
      'SELECT email, display_name FROM members WHERE id = $1',
      [memberId],
    );
    try {
      await this.mailer.send(this.mail(memberId, member.email, member.display_name, lines));
    } catch (error) {
      await this.dataSource.query(
        `UPDATE notifications SET digested_at = NULL
          WHERE recipient_id = $1 AND digested_at > now() - interval '1 hour' AND read_at IS NULL`,
        [memberId],
      );
      throw error;
    }
  }

  private mail(memberId: string, to: string, name: string, lines: string[]): OutgoingMail {
    const base = this.config.publicUrl;
    const unsubscribeUrl = `${base}/unsubscribe?token=${unsubscribeToken(this.config.jwtSecret, memberId, 'DIGEST')}`;
    return composeMail({
      to,
      subject:
        lines.length === 1
          ? 'Your Confer digest: 1 thing waiting'
          : `Your Confer digest: ${lines.length} things waiting`,
      greeting: `Hello ${name},`,
      paragraphs: ['Since your last digest:'],
      list: lines,
      action: { label: 'See them all', url: `${base}/notifications` },
      unsubscribe: { label: 'Stop the daily digest', url: unsubscribeUrl },
    });
  }
}
