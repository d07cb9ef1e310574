export { Mailer, type OutgoingMail } from './mailer.js';
export { OutboxEmail } from './outbox-email.entity.js';
export { OutboxMailer } from './outbox-mailer.js';
export { SmtpMailer } from './smtp-mailer.js';
export { MailModule } from './mail.module.js';
export { composeMail, escapeHtml, type MailParts } from './compose-mail.js';
