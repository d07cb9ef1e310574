import { ErrorCode } from './error-code.js';

/** Which input field is wrong, and why, in words a member can act on. */
export type FieldErrors = Record<string, string>;

/**
 * An error a domain raises on purpose. Transports map `code` to their own shape
 * (GraphQL `extensions.code`, socket acknowledgement `error.code`); the message is shown to people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Please sign in to continue.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do that.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The one answer for anything missing or not for the viewer to see, whatever it is and whichever operation. */
export const NOT_FOUND_MESSAGE =
  'We could not find that. It may have been removed, or you may not have access.';

/**
 * Something missing, or not for the viewer to see: both answer the same words, so that comparing the answers for a
 * random id and for a hidden one (or for a group and a thread) tells nothing. `what` names it for the server's logs
 * and the code's reader only; it is never shown.
 */
export class NotFoundError extends DomainError {
  constructor(readonly what = 'That item') {
    super(ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    readonly retryAfter: number,
    message = 'Too many attempts. Please wait a moment and try again.',
  ) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfter });
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fields: FieldErrors,
    message = 'Some of the details given are not valid.',
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}
