import { describe, expect, it } from '@jest/globals';
import { HIDDEN_SUFFIX_LENGTH, hiddenSlug } from './group-slugs.js';

describe('a hidden group’s address', () => {
  it('is the chosen address with random letters, never a -2 numbering, within 60 characters', () => {
    const slug = hiddenSlug('whistleblowers');
    expect(slug).toMatch(new RegExp(`^whistleblowers-[a-z]{${HIDDEN_SUFFIX_LENGTH}}$`));
    expect(hiddenSlug('whistleblowers')).not.toBe(slug);
    const long = hiddenSlug(`${'a'.repeat(46)}-b-${'c'.repeat(10)}`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(hiddenSlug('')).toMatch(/^group-[a-z]+$/);
  });
});
