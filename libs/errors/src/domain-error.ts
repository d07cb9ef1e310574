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

export class NotFoundError extends DomainError {
  constructor(what = 'That item') {
    super(ErrorCode.NOT_FOUND, `${what} could not be found.`);
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
