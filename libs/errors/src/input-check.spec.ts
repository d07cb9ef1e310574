import { describe, expect, it } from '@jest/globals';
import { ValidationError } from './domain-error.js';
import { InputCheck } from './input-check.js';

describe('InputCheck', () => {
  it('reports every bad field at once, with the first reason per field', () => {
    const check = new InputCheck()
      .email('not-an-email')
      .text('', 'displayName', { min: 1, max: 80 })
      .text('x'.repeat(81), 'bio', { max: 80 })
      .require(false, 'bio', 'a second reason');
    expect(() => check.throwIfInvalid()).toThrow(ValidationError);
    try {
      check.throwIfInvalid();
    } catch (error) {
      expect((error as ValidationError).code).toBe('BAD_USER_INPUT');
      expect((error as ValidationError).fields).toEqual({
        email: expect.stringContaining('e-mail address'),
        displayName: 'This is required.',
        bio: 'Must be at most 80 characters.',
      });
    }
  });

  it('passes good input', () => {
    expect(() =>
      new InputCheck().email(' sam@nhs.net ').uuid(undefined, 'id').throwIfInvalid(),
    ).not.toThrow();
  });
});
