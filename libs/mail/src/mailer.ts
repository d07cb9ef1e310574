export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers (List-Unsubscribe, ...); the outbox keeps only the text. */
  headers?: Record<string, string>;
}

/** Sends e-mail. One interface, two real implementations: SMTP, or the outbox table on a laptop. */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
