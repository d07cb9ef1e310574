import { createHash, randomBytes } from 'node:crypto';

/** A random, unguessable token (256 bits) to hand out once; only its hash is kept. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

/** SHA-256 suffices: the tokens are random, so there is nothing to brute-force a slow hash against. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
