/**
 * Sets of directory positions as bitsets (32 positions per word): filters, facets and text matches become
 * word-wide AND, OR and population counts, a few thousand operations for 100,000 members.
 */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

/** Positions 0 to size - 1. */
export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size).fill(0xffffffff);
  if (size & 31) bits[bits.length - 1] = (1 << (size & 31)) - 1;
  return bits;
}

export function setBit(bits: Bitset, position: number): void {
  bits[position >>> 5] |= 1 << (position & 31);
}

export function clearBit(bits: Bitset, position: number): void {
  bits[position >>> 5] &= ~(1 << (position & 31));
}

export function hasBit(bits: Bitset, position: number): boolean {
  return (bits[position >>> 5] & (1 << (position & 31))) !== 0;
}

/** The union of `sets` (an empty set when there are none). */
export function union(size: number, sets: Iterable<Bitset | undefined>): Bitset {
  const result = emptyBitset(size);
  for (const set of sets) if (set) for (let w = 0; w < result.length; w++) result[w] |= set[w];
  return result;
}

/** The intersection of `first` with each of `others` that is not null, as a new bitset. */
export function intersection(first: Bitset, ...others: Array<Bitset | null>): Bitset {
  const result = first.slice();
  for (const other of others) if (other) for (let w = 0; w < result.length; w++) result[w] &= other[w];
  return result;
}

/** How many positions `a` and `b` share. */
export function countBoth(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let w = 0; w < a.length; w++) count += popcount(a[w] & b[w]);
  return count;
}

export function count(bits: Bitset): number {
  let total = 0;
  for (let w = 0; w < bits.length; w++) total += popcount(bits[w]);
  return total;
}

/** The first position at or after `from` in `bits`; -1 when there is none. */
export function nextBit(bits: Bitset, from: number): number {
  let w = from >>> 5;
  if (w >= bits.length) return -1;
  let word = bits[w] & (~0 << (from & 31));
  for (;;) {
    if (word !== 0) return (w << 5) + (31 - Math.clz32(word & -word));
    if (++w >= bits.length) return -1;
    word = bits[w];
  }
}

/** Whether `bits` holds any position below `before`. */
export function anyBefore(bits: Bitset, before: number): boolean {
  const whole = before >>> 5;
  for (let w = 0; w < whole; w++) if (bits[w] !== 0) return true;
  return (before & 31) !== 0 && (bits[whole] & ((1 << (before & 31)) - 1)) !== 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
