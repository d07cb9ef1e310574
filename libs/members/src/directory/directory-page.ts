import { anyBefore, nextBit, type Bitset } from './bitset.js';
import { firstAfter, type DirectoryColumns } from './directory-columns.js';
import type { DirectoryCursor } from './directory-query.js';

/** Matches of one rank (the match class with text, 0 without), as positions in name order. */
export interface RankedSet {
  rank: number;
  bits: Bitset;
}

export interface PagePositions {
  /** Each member of the page: their position, and the rank they were found at. */
  positions: Array<{ position: number; rank: number }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * The `size` positions after `cursor`, in the directory's order: the best rank first, then name order. A
 * cursor is a rank and a (name key, id) pair, not an offset, so members joining or leaving never make a page
 * repeat or skip anyone.
 */
export function pageOf(
  columns: DirectoryColumns,
  sets: RankedSet[],
  cursor: DirectoryCursor | undefined,
  size: number,
): PagePositions {
  const positions: PagePositions['positions'] = [];
  let hasPreviousPage = false;
  for (const { rank, bits } of sets) {
    let from = 0;
    if (cursor && rank > cursor.r) {
      hasPreviousPage ||= nextBit(bits, 0) >= 0;
      continue;
    }
    if (cursor && rank === cursor.r) {
      from = firstAfter(columns, cursor.k, cursor.id);
      hasPreviousPage ||= anyBefore(bits, from);
    }
    for (let p = nextBit(bits, from); p >= 0; p = nextBit(bits, p + 1)) {
      if (positions.length === size) return { positions, hasNextPage: true, hasPreviousPage };
      positions.push({ position: p, rank });
    }
  }
  return { positions, hasNextPage: false, hasPreviousPage };
}
