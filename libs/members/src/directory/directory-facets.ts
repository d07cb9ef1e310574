import type { DirectoryColumns } from './directory-snapshot.js';

export interface ColumnFilter {
  regions: string[] | null;
  topicIds: number[] | null;
  leaderTypes: string[] | null;
  cohortIds: string[] | null;
  openToPairing: boolean | null;
}

export interface Tally {
  total: number;
  /** Positions (name order) of the members matching every filter, in the order visited. */
  matches: number[];
  regions: Map<string, number>;
  topics: Map<number, number>;
  leaderTypes: Map<string, number>;
}

/**
 * One pass over the columns (or over `candidates`, the text matches): counts the members matching every
 * filter and, for each facet, the members matching every filter but that facet's own.
 */
export function tally(columns: DirectoryColumns, filter: ColumnFilter, candidates?: Iterable<number>): Tally {
  const allowed = (values: string[], wanted: string[] | null) => {
    if (!wanted) return null;
    const flags = new Uint8Array(values.length + 1);
    values.forEach((value, i) => (flags[i + 1] = wanted.includes(value) ? 1 : 0));
    return flags;
  };
  const regionOk = allowed(columns.regionCodes, filter.regions);
  const leaderOk = allowed(columns.leaderTypes, filter.leaderTypes);
  const cohortOk = allowed(columns.cohortIds, filter.cohortIds);
  const words = columns.topicWords;
  let topicMask: Uint32Array | null = null;
  if (filter.topicIds) {
    topicMask = new Uint32Array(words);
    for (const topic of filter.topicIds) if (topic >>> 5 < words) topicMask[topic >>> 5] |= 1 << (topic & 31);
  }
  const open = filter.openToPairing === null ? -1 : filter.openToPairing ? 1 : 0;

  const regionCounts = new Uint32Array(columns.regionCodes.length + 1);
  const leaderCounts = new Uint32Array(columns.leaderTypes.length + 1);
  const topicCounts = new Uint32Array(words * 32);
  const matches: number[] = [];
  const visit = (i: number) => {
    if (cohortOk && !cohortOk[columns.cohort[i]]) return;
    if (open >= 0 && columns.open[i] !== open) return;
    const r = regionOk ? regionOk[columns.region[i]] === 1 : true;
    const l = leaderOk ? leaderOk[columns.leader[i]] === 1 : true;
    let t = true;
    if (topicMask) {
      t = false;
      for (let w = 0; w < words; w++) if ((columns.topics[i * words + w] & topicMask[w]) !== 0) t = true;
    }
    if (t && l) regionCounts[columns.region[i]]++;
    if (r && t) leaderCounts[columns.leader[i]]++;
    if (r && l) {
      for (let w = 0; w < words; w++) {
        let bits = columns.topics[i * words + w];
        while (bits !== 0) {
          const bit = 31 - Math.clz32(bits);
          topicCounts[w * 32 + bit]++;
          bits &= ~(1 << bit);
        }
      }
      if (t) matches.push(i);
    }
  };
  if (candidates) for (const i of candidates) visit(i);
  else for (let i = 0; i < columns.size; i++) visit(i);

  const named = <K>(counts: Uint32Array, key: (index: number) => K | undefined) => {
    const map = new Map<K, number>();
    counts.forEach((count, index) => {
      const name = key(index);
      if (count > 0 && name !== undefined) map.set(name, count);
    });
    return map;
  };
  return {
    total: matches.length,
    matches,
    regions: named(regionCounts, (i) => columns.regionCodes[i - 1]),
    leaderTypes: named(leaderCounts, (i) => columns.leaderTypes[i - 1]),
    topics: named(topicCounts, (i) => i),
  };
}
