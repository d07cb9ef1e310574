import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Mailer, type OutgoingMail } from './mailer.js';
import { OutboxEmail } from './outbox-email.entity.js';

/**
 * Keeps each mail in the `outbox_emails` table, so invitations work without a mail server. The log notes that a mail
 * was kept, never its text: the text carries links' secrets (reset, invitation, unsubscribe) and members' words.
 */
export class OutboxMailer extends Mailer {
  private readonly logger = new Logger('Mail');

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.dataSource
      .getRepository(OutboxEmail)
      .insert({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null });
    this.logger.log(`Mail to ${mail.to} kept in the outbox_emails table (no SMTP_URL): "${mail.subject}"`);
  }
}
