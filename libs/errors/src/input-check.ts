import { bodyProblem, lineProblem, textProblem } from './text-hygiene.js';
import { ValidationError, type FieldErrors } from './domain-error.js';

/**
 * Collects the problems of one input, field by field, and throws them together,
 * so that a form can show every mistake at once rather than one per attempt.
 */
export class InputCheck {
  private readonly problems: FieldErrors = {};

  /** Records `reason` against `field` when `ok` is false (the first reason per field wins). */
  require(ok: boolean, field: string, reason: string): this {
    if (!ok && !(field in this.problems)) this.problems[field] = reason;
    return this;
  }

  /** A text of several lines (a message, a description, a bio): line breaks and tabs, but no other controls. */
  text(value: string | null | undefined, field: string, limits: { min?: number; max: number }): this {
    return this.checkText(value, field, limits, bodyProblem);
  }

  /**
   * A text of one line (a display name, a title, a subject): no line breaks, text-direction or zero-width
   * characters, nor any other control character.
   */
  line(value: string | null | undefined, field: string, limits: { min?: number; max: number }): this {
    return this.checkText(value, field, limits, lineProblem);
  }

  private checkText(
    value: string | null | undefined,
    field: string,
    { min = 0, max }: { min?: number; max: number },
    problemOf: (value: string) => string | undefined,
  ): this {
    const length = value == null ? 0 : [...value.trim()].length;
    if (min > 0 && length === 0) return this.require(false, field, 'This is required.');
    const problem = value == null ? undefined : problemOf(value);
    if (problem) return this.require(false, field, problem);
    this.require(length >= min, field, `Must be at least ${min} characters.`);
    return this.require(length <= max, field, `Must be at most ${max} characters.`);
  }

  email(value: string | null | undefined, field = 'email'): this {
    const email = value?.trim() ?? '';
    const problem = textProblem(email);
    if (problem) return this.require(false, field, problem);
    return this.require(
      email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email),
      field,
      'Enter an e-mail address like name@example.org.',
    );
  }

  /** An https:// address (or nothing): links and images that people's browsers will load. */
  httpsUrl(value: string | null | undefined, field: string, reason = 'Use an https:// address.'): this {
    return this.require(value === null || value === undefined || isHttpsUrl(value), field, reason);
  }

  uuid(value: string | null | undefined, field: string): this {
    return this.require(value == null || isUuid(value), field, 'Not a valid id.');
  }

  get ok(): boolean {
    return Object.keys(this.problems).length === 0;
  }

  throwIfInvalid(message?: string): void {
    if (!this.ok) throw new ValidationError({ ...this.problems }, message);
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}
