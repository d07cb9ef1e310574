import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputCheck } from '#libs/errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: Set<string> | undefined;

/** The 10,000 most common passwords (SecLists, shipped beside this file), lower-cased. */
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(sourceAsset('common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return commonPasswords.has(password.toLowerCase());
}

/** Data files stay in the source tree; compiled code under dist/ reads them from there. */
function sourceAsset(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url)).replace(/^(.*)[\\/]dist([\\/])/, '$1$2');
}

/**
 * NIST SP 800-63B style: a length range, no composition rules, common passwords refused.
 * `context` holds what a guesser would try first (the e-mail address).
 */
export function checkPassword(
  check: InputCheck,
  password: string,
  field: string,
  context: { email?: string } = {},
): InputCheck {
  const length = [...password].length;
  return check
    .require(length >= PASSWORD_MIN_LENGTH, field, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .require(length <= PASSWORD_MAX_LENGTH, field, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
    .require(
      !isCommonPassword(password),
      field,
      'This password is one of the most commonly used, so it is easy to guess. Choose another.',
    )
    .require(
      !context.email || password.toLowerCase() !== context.email.toLowerCase(),
      field,
      'Do not use your e-mail address as your password.',
    );
}
