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
  /** Which of the columns' common words the member uses (see DirectoryColumns.words); empty when not known. */
  words: string[];
}

/**
 * The listed members in name order (position 0 first), and for each filter value the set of positions that
 * have it, as bitsets: a filter is an AND of unions, a facet a population count. Typed arrays and bitsets, and
 * one array each of ids and name keys: few objects for the garbage collector to trace at 1,000,000 members.
 */
export interface DirectoryColumns {
  size: number;
  ids: string[];
  nameKeys: string[];
  /** directory_seq by position. */
  seqs: Int32Array;
  /** Position by directory_seq (-1: not listed): how text matches and changed rows find their place. */
  positionOfSeq: Int32Array;
  /** Every position. */
  everyone: Bitset;
  regions: Map<string, Bitset>;
  leaderTypes: Map<string, Bitset>;
  cohorts: Map<string, Bitset>;
  /** By topic id. */
  topics: Map<number, Bitset>;
  open: Bitset;
  /**
   * The members of each of the commonest words (English stems: "patient", "health", "trust"...), which
   * PostgreSQL would otherwise read a posting at a time from member_search_postings for every search that
   * names them (500,000 for "patient" at 1,000,000 members). The set of words is chosen when the columns are
   * built in full (see DirectorySnapshot) and kept until the next full build.
   */
  words: Map<string, Bitset>;
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

const byName = (a: Entry, b: Entry) => compareNames(a.nameKey, a.id, b.nameKey, b.id);

/** Columns of `entries`, with (empty) sets for the common `words`, filled from the entries' words. */
export function buildColumns(entries: Entry[], words: string[] = []): DirectoryColumns {
  entries.sort(byName);
  const columns = emptyColumns(
    entries.length,
    entries.reduce((max, e) => Math.max(max, e.seq), 0),
  );
  for (const word of words) columns.words.set(word, emptyBitset(entries.length));
  entries.forEach((entry, i) => {
    put(columns, i, entry.id, entry.nameKey, entry.seq);
    place(columns, i, entry);
  });
  return columns;
}

/**
 * New columns without the members of `removed` (seqs) and with the members of `added` in their places: the
 * others keep their order, so nothing is sorted but what was added, and each set is carried over bit by bit.
 * A member joining or renamed costs a fraction of a full build (which sorts a million names in seconds).
 */
export function withChanges(old: DirectoryColumns, removed: Set<number>, added: Entry[]): DirectoryColumns {
  added.sort(byName);
  const gone = new Uint8Array(old.size);
  for (const seq of removed) {
    const p = positionOf(old, seq);
    if (p >= 0 && !gone[p]) gone[p] = 1;
  }
  const size = old.size - gone.reduce((n, g) => n + g, 0) + added.length;
  const maxSeq = added.reduce((max, e) => Math.max(max, e.seq), old.positionOfSeq.length - 1);
  const columns = emptyColumns(size, maxSeq);
  // Where each added entry goes among the old positions (binary search), then one pass merging the kept
  // positions (in order already) with them.
  const before = added.map((entry) => firstAfter(old, entry.nameKey, entry.id));
  const newPosition = new Int32Array(old.size).fill(-1);
  const addedAt: number[] = [];
  let next = 0;
  let a = 0;
  for (let p = 0; p <= old.size; p++) {
    for (; a < added.length && before[a] <= p; a++) {
      put(columns, next, added[a].id, added[a].nameKey, added[a].seq);
      addedAt.push(next++);
    }
    if (p === old.size || gone[p]) continue;
    put(columns, next, old.ids[p], old.nameKeys[p], old.seqs[p]);
    newPosition[p] = next++;
  }

  const runs = shiftedRuns(newPosition);
  const carry = <K>(from: Map<K, Bitset>, to: Map<K, Bitset>) => {
    for (const [key, bits] of from) to.set(key, moved(bits, runs, size));
  };
  carry(old.regions, columns.regions);
  carry(old.leaderTypes, columns.leaderTypes);
  carry(old.cohorts, columns.cohorts);
  carry(old.topics, columns.topics);
  carry(old.words, columns.words);
  columns.open = moved(old.open, runs, size);
  added.forEach((entry, i) => place(columns, addedAt[i], entry));
  return columns;
}

/** Writes a member's filter values where they stand (their name, and so their place, unchanged). */
export function updateInPlace(columns: DirectoryColumns, entry: Entry): boolean {
  const i = positionOf(columns, entry.seq);
  if (i < 0) return false;
  for (const family of [
    columns.regions,
    columns.leaderTypes,
    columns.cohorts,
    columns.topics,
    columns.words,
  ]) {
    for (const bits of family.values()) clearBit(bits, i);
  }
  clearBit(columns.open, i);
  place(columns, i, entry);
  return true;
}

/** The first position whose (name key, id) comes after the given pair. */
export function firstAfter(columns: DirectoryColumns, key: string, id: string): number {
  let low = 0;
  let high = columns.size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareNames(columns.nameKeys[middle], columns.ids[middle], key, id) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The position of a member by seq; -1 when they are not in the columns. */
export function positionOf(columns: DirectoryColumns, seq: number): number {
  return seq < columns.positionOfSeq.length ? columns.positionOfSeq[seq] : -1;
}

function emptyColumns(size: number, maxSeq: number): DirectoryColumns {
  return {
    size,
    ids: new Array<string>(size),
    nameKeys: new Array<string>(size),
    seqs: new Int32Array(size),
    positionOfSeq: new Int32Array(maxSeq + 1).fill(-1),
    everyone: fullBitset(size),
    regions: new Map(),
    leaderTypes: new Map(),
    cohorts: new Map(),
    topics: new Map(),
    open: emptyBitset(size),
    words: new Map(),
  };
}

function put(columns: DirectoryColumns, i: number, id: string, nameKey: string, seq: number): void {
  columns.ids[i] = id;
  columns.nameKeys[i] = nameKey;
  columns.seqs[i] = seq;
  columns.positionOfSeq[seq] = i;
}

/** A run of old positions [from, to) that all move by `shift`. */
interface Run {
  from: number;
  to: number;
  shift: number;
}

/** The runs of kept positions (newPosition[p] >= 0) moving by the same amount: as many as there were changes. */
function shiftedRuns(newPosition: Int32Array): Run[] {
  const runs: Run[] = [];
  for (let p = 0; p < newPosition.length; p++) {
    if (newPosition[p] < 0) continue;
    const shift = newPosition[p] - p;
    const last = runs[runs.length - 1];
    if (last && last.to === p && last.shift === shift) last.to = p + 1;
    else runs.push({ from: p, to: p + 1, shift });
  }
  return runs;
}

/** `bits` with each run moved by its shift (positions in no run dropped), in a set of `size`: word by word. */
function moved(bits: Bitset, runs: Run[], size: number): Bitset {
  const result = emptyBitset(size);
  for (const { from, to, shift } of runs) {
    for (let p = from; p < to;) {
      const q = p + shift;
      // As many bits as fit before a word boundary of the source or of the target.
      const take = Math.min(32 - (p & 31), 32 - (q & 31), to - p);
      const chunk = (bits[p >>> 5] >>> (p & 31)) & (take === 32 ? 0xffffffff : (1 << take) - 1);
      result[q >>> 5] |= chunk << (q & 31);
      p += take;
    }
  }
  return result;
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
  // Only the words chosen at the full build have sets.
  for (const word of entry.words) {
    const bits = columns.words.get(word);
    if (bits) setBit(bits, i);
  }
}
