import { composeMail, type OutgoingMail } from '#libs/mail';
import type { NotificationKind } from './notification-kind.js';
import { KIND_NAMES, type NotificationText } from './notification-wording.js';

const ACTIONS: Partial<Record<NotificationKind, string>> = {
  MENTION: 'Read it and reply',
  REPLY: 'Read it and reply',
  DIRECT_MESSAGE: 'Read it and reply',
  JOIN_REQUEST: 'Review the request',
  GROUP_INVITATION: 'See the invitation',
  PAIRING_REQUEST: 'Answer the request',
};

/** One notification as an e-mail: plain words, the text and a link, and a one-click unsubscribe (RFC 8058). */
export function notificationMail(c: {
  to: string;
  recipientName: string;
  kind: NotificationKind;
  text: NotificationText;
  link: string;
  unsubscribeUrl: string;
}): OutgoingMail {
  return composeMail({
    to: c.to,
    subject: c.text.summary,
    greeting: `Hello ${c.recipientName},`,
    paragraphs: [c.text.excerpt ? `${c.text.summary}:` : `${c.text.summary}.`],
    quote: c.text.excerpt,
    action: { label: ACTIONS[c.kind] ?? 'See it on Confer', url: c.link },
    footnotes: [`You get an e-mail for ${KIND_NAMES[c.kind]} because of your notification settings.`],
    unsubscribe: { label: 'Stop these e-mails', url: c.unsubscribeUrl },
  });
}
