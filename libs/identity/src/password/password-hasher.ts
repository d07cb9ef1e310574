import argon2 from 'argon2';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let decoy: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  },

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, OPTIONS);
  },

  /** Spends the same time as a real check, so that unknown e-mail addresses cannot be told apart by timing. */
  async verifyDecoy(password: string): Promise<false> {
    decoy ??= argon2.hash('decoy password that matches nothing', OPTIONS);
    await argon2.verify(await decoy, password);
    return false;
  },
};
