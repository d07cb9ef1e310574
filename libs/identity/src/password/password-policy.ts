import type { InputCheck } from '#libs/errors';
import { isBreachedPassword } from './breached-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NIST SP 800-63B style: a length range, no composition rules, breached and common passwords refused.
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
      !isBreachedPassword(password),
      field,
      'This password is known from data breaches and commonly used, so it is easy to guess. Choose another.',
    )
    .require(
      !context.email || password.toLowerCase() !== context.email.toLowerCase(),
      field,
      'Do not use your e-mail address as your password.',
    );
}
