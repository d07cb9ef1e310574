import { count, countBoth, intersection, union, type Bitset } from './bitset.js';
import type { DirectoryColumns } from './directory-columns.js';

export interface ColumnFilter {
  regions: string[] | null;
  topicIds: number[] | null;
  leaderTypes: string[] | null;
  cohortIds: string[] | null;
  openToPairing: boolean | null;
}

export interface Tally {
  total: number;
  /** The positions (name order) of the members matching every filter. */
  matches: Bitset;
  regions: Map<string, number>;
  topics: Map<number, number>;
  leaderTypes: Map<string, number>;
}

/**
 * Counts the members matching every filter (among `candidates`, the text matches, when given) and, for each
 * facet, the members matching every filter but that facet's own: ANDs of unions of the columns' bitsets.
 */
export function tally(columns: DirectoryColumns, filter: ColumnFilter, candidates?: Bitset): Tally {
  const anyOf = <K>(family: Map<K, Bitset>, wanted: K[] | null) =>
    wanted
      ? union(
          columns.size,
          wanted.map((key) => family.get(key)),
        )
      : null;
  const open =
    filter.openToPairing === null
      ? null
      : filter.openToPairing
        ? columns.open
        : columns.open.map((word, w) => ~word & columns.everyone[w]);
  // The filters that shape every count: the text, cohorts and openness.
  const base = intersection(candidates ?? columns.everyone, anyOf(columns.cohorts, filter.cohortIds), open);
  const regions = anyOf(columns.regions, filter.regions);
  const leaders = anyOf(columns.leaderTypes, filter.leaderTypes);
  const topics = anyOf(columns.topics, filter.topicIds);

  const counts = <K>(family: Map<K, Bitset>, within: Bitset) => {
    const result = new Map<K, number>();
    for (const [key, bits] of family) {
      const n = countBoth(within, bits);
      if (n > 0) result.set(key, n);
    }
    return result;
  };
  const matches = intersection(base, regions, leaders, topics);
  return {
    total: count(matches),
    matches,
    regions: counts(columns.regions, intersection(base, leaders, topics)),
    leaderTypes: counts(columns.leaderTypes, intersection(base, regions, topics)),
    topics: counts(columns.topics, intersection(base, regions, leaders)),
  };
}
