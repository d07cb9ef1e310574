export { ErrorCode } from './error-code.js';
export {
  DomainError,
  UnauthenticatedError,
  ForbiddenError,
  NotFoundError,
  NOT_FOUND_MESSAGE,
  ConflictError,
  RateLimitedError,
  ValidationError,
  type FieldErrors,
} from './domain-error.js';
export { InputCheck, isUuid, isHttpsUrl } from './input-check.js';
export { badTexts, bodyProblem, lineProblem, textProblem, withPlainLineBreaks } from './text-hygiene.js';
