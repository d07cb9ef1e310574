import { describe, expect, it } from '@jest/globals';
import { SeenMessages } from './seen-messages.js';

describe('seen messages of a thread', () => {
  it('tells duplicates apart and keeps the contiguous seq below a gap, even when seqs arrive out of order', () => {
    const seen = new SeenMessages(2);
    expect(seen.add(2)).toBe(false);
    expect(seen.gapped).toBe(false);
    expect(seen.add(4)).toBe(true);
    expect(seen.contiguous).toBe(2); // 3 is still missing: catch-up asks from 2
    expect(seen.gapped).toBe(true);
    expect(seen.add(4)).toBe(false);
    expect(seen.add(3)).toBe(true);
    expect(seen.contiguous).toBe(4);
    expect(seen.gapped).toBe(false);
    expect(seen.has(3)).toBe(true);
    expect(seen.has(5)).toBe(false);
  });
});
