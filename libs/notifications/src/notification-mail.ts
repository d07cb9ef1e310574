import type { OutgoingMail } from '#libs/mail';
import { NotificationKind } from './notification-kind.js';

export interface NotificationMailContent {
  to: string;
  recipientName: string;
  kind: NotificationKind;
  actorName: string;
  threadTitle: string;
  excerpt: string;
  link: string;
  unsubscribeUrl: string;
}

const WHAT: Partial<Record<NotificationKind, (c: NotificationMailContent) => string>> = {
  [NotificationKind.MENTION]: (c) => `${c.actorName} mentioned you in “${c.threadTitle}”`,
  [NotificationKind.REPLY]: (c) => `${c.actorName} replied to you in “${c.threadTitle}”`,
  [NotificationKind.DIRECT_MESSAGE]: (c) => `${c.actorName} sent you a message`,
};

/** How a kind is named in e-mails and on the unsubscribe page. */
export const KIND_NAMES: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.MENTION]: 'mentions',
  [NotificationKind.REPLY]: 'replies to your messages',
  [NotificationKind.DIRECT_MESSAGE]: 'direct messages',
};

/** One notification as an e-mail: plain words, the text and a link, and a one-click unsubscribe (RFC 8058). */
export function notificationMail(c: NotificationMailContent): OutgoingMail {
  const what = (WHAT[c.kind] ?? (() => 'You have a new notification on Confer'))(c);
  const kindName = KIND_NAMES[c.kind] ?? 'these notifications';
  const text = [
    `Hello ${c.recipientName},`,
    '',
    `${what}:`,
    '',
    quote(c.excerpt),
    '',
    `Read it and reply: ${c.link}`,
    '',
    `You get an e-mail for ${kindName} because of your notification settings.`,
    `Stop these e-mails: ${c.unsubscribeUrl}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b;">
<p>Hello ${escape(c.recipientName)},</p>
<p>${escape(what)}:</p>
<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #9aa5b1;">${escape(c.excerpt).replace(/\n/g, '<br>')}</blockquote>
<p><a href="${escape(c.link)}">Read it and reply</a></p>
<p style="font-size: 14px; color: #52606d;">You get an e-mail for ${escape(kindName)} because of your notification settings.
<a href="${escape(c.unsubscribeUrl)}">Stop these e-mails</a>.</p>
</body></html>`;
  return {
    to: c.to,
    subject: what,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${c.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** The first 300 characters of a message, as written (Markdown source), as a quote. */
export function excerptOf(body: string): string {
  const trimmed = body.trim();
  return trimmed.length > 300 ? `${trimmed.slice(0, 299)}…` : trimmed;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
