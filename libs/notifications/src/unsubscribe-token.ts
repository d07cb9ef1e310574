import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationKind } from './notification-kind.js';

/**
 * The token of a one-click unsubscribe link: which member stops e-mail of which kind, signed with the server's
 * secret so that nobody can unsubscribe someone else. It does not expire (old e-mails keep working).
 */
/** A kind's e-mails, or `DIGEST`: the daily digest (every kind a member gets in it). */
export type UnsubscribeFrom = NotificationKind | 'DIGEST';

export function unsubscribeToken(secret: string, memberId: string, kind: UnsubscribeFrom): string {
  const body = Buffer.from(`${memberId}:${kind}`).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The member and kind of a genuine token; null for anything else. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { memberId: string; kind: UnsubscribeFrom } | null {
  const [body, signature] = token.split('.');
  if (!body || !signature) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [memberId, kind] = Buffer.from(body, 'base64url').toString().split(':');
  if (!memberId || !(kind === 'DIGEST' || Object.values(NotificationKind).includes(kind as NotificationKind)))
    return null;
  return { memberId, kind: kind as UnsubscribeFrom };
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', `unsubscribe:${secret}`).update(body).digest('base64url');
}
