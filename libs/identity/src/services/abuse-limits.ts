import { createHash } from 'node:crypto';
import { clientAddressKey, type Limit, type Throttle } from '#libs/rate-limits';

/** Where a request came from, as far as the transport can tell (behind a trusted proxy, X-Forwarded-For). */
export interface Caller {
  address?: string;
}

const MINUTES = 60;
const HOUR = 3600;

/**
 * Wrong passwords for one account (its normalised e-mail) from one address in 15 minutes; then even the right one
 * waits, from that address only: a stranger elsewhere cannot lock a member out of their own account.
 */
export const LOGIN_ACCOUNT_ADDRESS_LIMIT = { limit: 10, windowSeconds: 15 * MINUTES };
/** Wrong passwords for one account from all addresses in an hour: the ceiling on a guess spread over many. */
export const LOGIN_ACCOUNT_LIMIT = { limit: 100, windowSeconds: HOUR };
/** Wrong passwords from one address in 15 minutes: the count is LOGIN_IP_LIMIT (generous: an office shares one). */
export const LOGIN_ADDRESS_WINDOW_SECONDS = 15 * MINUTES;
/** Registrations refused for a wrong, used or expired invitation code, per address per hour. */
export const REGISTRATION_FAILURE_LIMIT = { limit: 20, windowSeconds: HOUR };
/** Password-reset requests per e-mail address (member or not) per hour, and per client address per hour. */
export const PASSWORD_RESET_EMAIL_LIMIT = { limit: 5, windowSeconds: HOUR };
export const PASSWORD_RESET_ADDRESS_LIMIT = { limit: 20, windowSeconds: HOUR };
/** Invitations one organiser or admin sends per hour. */
export const INVITATION_LIMIT = { limit: 100, windowSeconds: HOUR };

export const loginAccountKey = (email: string) => `login-account:${email}`;
/** The account by its hash, so that the key stays short (an e-mail address comes from outside) and ends in the address. */
const loginAccountAtPrefix = (email: string) =>
  `login-account-at:${createHash('sha256').update(email).digest('base64url')}:`;

/** Forgets an account's failed sign-ins, from every address (its password was reset). */
export async function clearLoginLockouts(throttle: Throttle, email: string): Promise<void> {
  await throttle.clear([loginAccountKey(email)]);
  await throttle.clearStartingWith(loginAccountAtPrefix(email));
}

export function loginLimits(email: string, caller: Caller, addressLimit: number): Limit[] {
  return [
    {
      key: loginAccountAtPrefix(email) + clientAddressKey(caller.address),
      ...LOGIN_ACCOUNT_ADDRESS_LIMIT,
      message: (wait) =>
        'There have been too many attempts to sign in to this account from your network, so we have paused ' +
        `signing in to it from here for your safety. Please try again in ${wait}: until then even the right ` +
        'password will not work from here. If you have forgotten your password, you can reset it now.',
    },
    {
      key: loginAccountKey(email),
      ...LOGIN_ACCOUNT_LIMIT,
      message: (wait) =>
        'There have been too many attempts to sign in to this account, so we have paused signing in to it ' +
        `for your safety. Please try again in ${wait}: until then even the right password will not work. ` +
        'If you have forgotten your password, you can reset it now.',
    },
    {
      key: `login-address:${clientAddressKey(caller.address)}`,
      limit: addressLimit,
      windowSeconds: LOGIN_ADDRESS_WINDOW_SECONDS,
      message: (wait) =>
        'There have been too many unsuccessful sign-ins from your network. ' + `Please try again in ${wait}.`,
    },
  ];
}

export function registrationLimits(caller: Caller): Limit[] {
  return [
    {
      key: `register-address:${clientAddressKey(caller.address)}`,
      ...REGISTRATION_FAILURE_LIMIT,
      message: (wait) =>
        'There have been too many attempts to register with invitation codes that did not work from your ' +
        `network. Please try again in ${wait}, with the link in your invitation e-mail.`,
    },
  ];
}

export function passwordResetLimits(email: string, caller: Caller): Limit[] {
  return [
    {
      key: `password-reset-email:${email}`,
      ...PASSWORD_RESET_EMAIL_LIMIT,
      message: (wait) =>
        'Several reset e-mails have been asked for this address in the last hour. Please look for them in ' +
        `your inbox (and your spam folder), or ask again in ${wait}.`,
    },
    {
      key: `password-reset-address:${clientAddressKey(caller.address)}`,
      ...PASSWORD_RESET_ADDRESS_LIMIT,
      message: (wait) =>
        `There have been many password reset requests from your network. Please try again in ${wait}.`,
    },
  ];
}

export function invitationLimits(inviterId: string): Limit[] {
  return [
    {
      key: `invite:${inviterId}`,
      ...INVITATION_LIMIT,
      message: (wait) =>
        `You have sent ${INVITATION_LIMIT.limit} invitations in the last hour, the most we allow at once. ` +
        `Please send the rest in ${wait}.`,
    },
  ];
}
