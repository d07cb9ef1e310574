import type { OutgoingMail } from './mailer.js';

/** The parts of one of Confer's e-mails, in reading order. */
export interface MailParts {
  to: string;
  subject: string;
  /** "Hello Sam," */
  greeting: string;
  paragraphs: string[];
  /** Someone's words, quoted as written. */
  quote?: string | null;
  list?: string[];
  /** The one thing to do, as a link. */
  action?: { label: string; url: string };
  /** Smaller print under the action. */
  footnotes?: string[];
  /** A one-click unsubscribe (RFC 8058 List-Unsubscribe headers) and its link in the footer. */
  unsubscribe?: { label: string; url: string };
}

/** One template for every e-mail: plain text and a plain, readable HTML twin. */
export function composeMail(parts: MailParts): OutgoingMail {
  const text = [
    parts.greeting,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.quote ? [quote(parts.quote), ''] : []),
    ...(parts.list?.length ? [...parts.list.map((item) => `- ${item}`), ''] : []),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    ...(parts.footnotes ?? []),
    ...(parts.unsubscribe ? [`${parts.unsubscribe.label}: ${parts.unsubscribe.url}`] : []),
  ]
    .join('\n')
    .trimEnd();
  const small = 'font-size: 14px; color: #52606d;';
  const html = [
    '<!doctype html>',
    '<html lang="en"><body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b;">',
    `<p>${escapeHtml(parts.greeting)}</p>`,
    ...parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(parts.quote
      ? [
          `<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #9aa5b1;">${escapeHtml(parts.quote).replace(/\n/g, '<br>')}</blockquote>`,
        ]
      : []),
    ...(parts.list?.length
      ? [`<ul>${parts.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`]
      : []),
    ...(parts.action
      ? [`<p><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.label)}</a></p>`]
      : []),
    ...(parts.footnotes ?? []).map((note) => `<p style="${small}">${escapeHtml(note)}</p>`),
    ...(parts.unsubscribe
      ? [
          `<p style="${small}"><a href="${escapeHtml(parts.unsubscribe.url)}">${escapeHtml(parts.unsubscribe.label)}</a>.</p>`,
        ]
      : []),
    '</body></html>',
  ].join('\n');
  return {
    to: parts.to,
    subject: parts.subject,
    text,
    html,
    headers: parts.unsubscribe
      ? {
          'List-Unsubscribe': `<${parts.unsubscribe.url}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : undefined,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
