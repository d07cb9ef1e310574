import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

/** A real SMTP server on loopback that keeps what it receives. */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          this.mails.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers: Object.fromEntries(
              mail.headerLines.map((line) => [line.key, line.line.slice(line.line.indexOf(':') + 1).trim()]),
            ),
          });
          this.waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** The first mail to `to` whose subject matches, waiting for it to arrive (up to 5 s). */
  async waitFor(to: string, subject: RegExp): Promise<CaughtMail> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const mail = this.mails.find((m) => m.to === to && subject.test(m.subject));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject} arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
