import { SEQ_MAX } from '#libs/discussions';
import { badTexts, ValidationError, withPlainLineBreaks } from '#libs/errors';

/**
 * A socket event's payload read field by field, each of the type the contract gives it: anything else (not an
 * object, a number where text belongs, an object with tricks in it, NUL or broken characters in a text) is
 * BAD_USER_INPUT naming the field, before anything runs.
 */
export class SocketInput {
  private constructor(private readonly payload: Record<string, unknown>) {}

  static of(payload: unknown): SocketInput {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
      throw new ValidationError({ payload: 'Send an object with the fields of this event.' });
    const fields = badTexts(payload);
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
    return new SocketInput(withPlainLineBreaks(payload as Record<string, unknown>));
  }

  /** A text the event needs. */
  text(key: string): string {
    const value = this.payload[key];
    if (value === undefined || value === null) throw new ValidationError({ [key]: 'This is required.' });
    if (typeof value !== 'string') throw new ValidationError({ [key]: 'Send this as text.' });
    return value;
  }

  /** A text the event may leave out (null then). */
  optionalText(key: string): string | null {
    const value = this.payload[key];
    return value === undefined || value === null ? null : this.text(key);
  }

  /** A message number (0 when left out and `optional`). */
  seq(key: string, optional = false): number {
    const value = this.payload[key];
    if ((value === undefined || value === null) && optional) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SEQ_MAX)
      throw new ValidationError({ [key]: 'Send a message number (a whole number, 0 or more).' });
    return value;
  }
}
