import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random, unguessable token (256 bits) to hand out once; only its hash is kept. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

/** SHA-256 suffices: the tokens are random, so there is nothing to brute-force a slow hash against. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The token of a stored row (an invitation, a password reset), derived from the server's secret and the row's
 * random id: the job that mails it later re-derives it, so the token itself is never stored, not even in the
 * job queue. Only its hash is kept, as for random tokens.
 */
export function derivedSecretToken(
  secret: string,
  purpose: string,
  id: string,
): { token: string; hash: string } {
  const token = createHmac('sha256', `${purpose}:${secret}`).update(id).digest('base64url');
  return { token, hash: hashSecretToken(token) };
}
