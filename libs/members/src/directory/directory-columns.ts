import { clearBit, emptyBitset, fullBitset, setBit, type Bitset } from './bitset.js';

/** One directory entry: only what every member may see (the dir_* columns). */
export interface Entry {
  id: string;
  /** member_profiles.directory_seq: the key of the member's rows in the search tables. */
  seq: number;
  nameKey: string;
  region: string | null;
  topics: number[];
  leader: string | null;
  cohort: string | null;
  open: boolean;
}

/**
 * The listed members in name order (position 0 first), and for each filter value the set of positions that
 * have it, as bitsets: a filter is an AND of unions, a facet count a population count.
 */
export interface DirectoryColumns {
  size: number;
  ids: string[];
  nameKeys: string[];
  position: Map<string, number>;
  /** Position by directory_seq (-1: not listed): how text matches, which come as seqs, find their place. */
  positionOfSeq: Int32Array;
  /** Every position. */
  everyone: Bitset;
  regions: Map<string, Bitset>;
  leaderTypes: Map<string, Bitset>;
  cohorts: Map<string, Bitset>;
  /** By topic id. */
  topics: Map<number, Bitset>;
  open: Bitset;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders two (name key, id) pairs the way the directory lists names. */
export function compareNames(aKey: string, aId: string, bKey: string, bId: string): number {
  return (
    collator.compare(aKey, bKey) ||
    (aKey < bKey ? -1 : aKey > bKey ? 1 : 0) ||
    (aId < bId ? -1 : aId > bId ? 1 : 0)
  );
}

export function sameEntry(a: Entry, b: Entry): boolean {
  return (
    a.seq === b.seq &&
    a.nameKey === b.nameKey &&
    a.region === b.region &&
    a.leader === b.leader &&
    a.cohort === b.cohort &&
    a.open === b.open &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => t === b.topics[i])
  );
}

export function buildColumns(entries: Entry[]): DirectoryColumns {
  entries.sort((a, b) => compareNames(a.nameKey, a.id, b.nameKey, b.id));
  const size = entries.length;
  const maxSeq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
  const columns: DirectoryColumns = {
    size,
    ids: new Array<string>(size),
    nameKeys: new Array<string>(size),
    position: new Map(),
    positionOfSeq: new Int32Array(maxSeq + 1).fill(-1),
    everyone: fullBitset(size),
    regions: new Map(),
    leaderTypes: new Map(),
    cohorts: new Map(),
    topics: new Map(),
    open: emptyBitset(size),
  };
  entries.forEach((entry, i) => {
    columns.ids[i] = entry.id;
    columns.nameKeys[i] = entry.nameKey;
    columns.position.set(entry.id, i);
    columns.positionOfSeq[entry.seq] = i;
    place(columns, i, entry);
  });
  return columns;
}

/** Writes a member's filter values where they stand (their name, and so their place, unchanged). */
export function updateInPlace(columns: DirectoryColumns, entry: Entry): boolean {
  const i = columns.position.get(entry.id);
  if (i === undefined) return false;
  for (const family of [columns.regions, columns.leaderTypes, columns.cohorts, columns.topics]) {
    for (const bits of family.values()) clearBit(bits, i);
  }
  clearBit(columns.open, i);
  place(columns, i, entry);
  return true;
}

function place(columns: DirectoryColumns, i: number, entry: Entry): void {
  const add = <K>(family: Map<K, Bitset>, key: K | null) => {
    if (key === null) return;
    let bits = family.get(key);
    if (!bits) family.set(key, (bits = emptyBitset(columns.size)));
    setBit(bits, i);
  };
  add(columns.regions, entry.region);
  add(columns.leaderTypes, entry.leader);
  add(columns.cohorts, entry.cohort);
  for (const topic of entry.topics) add(columns.topics, topic);
  if (entry.open) setBit(columns.open, i);
}
