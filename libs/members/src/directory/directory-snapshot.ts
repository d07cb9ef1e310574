import type { DataSource } from 'typeorm';

/** One directory entry: only what every member may see (the dir_* columns). */
interface Entry {
  id: string;
  nameKey: string;
  region: string | null;
  topics: number[];
  leader: string | null;
  cohort: string | null;
  open: boolean;
}

interface EntryRow {
  member_id: string;
  name_key: string;
  dir_region_code: string | null;
  dir_topic_ids: number[];
  leader_type: string | null;
  dir_cohort_id: string | null;
  open_to_pairing: boolean;
  in_directory: boolean;
  changed: string;
}

/** The listed members in name order, as flat typed columns: a filter-and-facet pass is a loop over arrays. */
export interface DirectoryColumns {
  size: number;
  ids: string[];
  nameKeys: string[];
  position: Map<string, number>;
  /** Index + 1 into `regionCodes` (0: none); likewise leaders and cohorts. */
  region: Uint8Array;
  regionCodes: string[];
  leader: Uint8Array;
  leaderTypes: string[];
  cohort: Uint32Array;
  cohortIds: string[];
  open: Uint8Array;
  /** `topicWords` 32-bit words per member: bit t set when the member has topic id t. */
  topics: Uint32Array;
  topicWords: number;
}

/** Changes are read again over this window, so that a transaction committing a little late is not missed. */
const OVERLAP_MS = 5_000;
const FULL_RELOAD_MS = 5 * 60_000;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The directory's filter and facet columns, held in this process and kept current: before each search, one
 * indexed query reads the profiles changed since the last look (the trigger stamps updated_at on every write).
 * Counting facets over 100,000 members is then a pass over typed arrays, not a GROUP BY per request.
 */
export class DirectorySnapshot {
  private readonly entries = new Map<string, Entry>();
  private seenUpTo: number | undefined;
  private loadedAt = 0;
  private built: DirectoryColumns | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** The current columns, after reading what changed since the last call. */
  async columns(): Promise<DirectoryColumns> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    this.built ??= build([...this.entries.values()]);
    return this.built;
  }

  private async refresh(): Promise<void> {
    const full = this.seenUpTo === undefined || Date.now() - this.loadedAt > FULL_RELOAD_MS;
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT member_id, name_key, dir_region_code, dir_topic_ids, leader_type, dir_cohort_id, open_to_pairing,
              in_directory, (extract(epoch FROM updated_at) * 1000)::float8::text AS changed
         FROM member_profiles ${full ? 'WHERE in_directory' : 'WHERE updated_at > $1'}`,
      full ? [] : [new Date(this.seenUpTo! - OVERLAP_MS)],
    );
    if (full) {
      this.entries.clear();
      this.loadedAt = Date.now();
      this.built = undefined;
    }
    for (const row of rows) {
      const changed = Number(row.changed);
      if (this.seenUpTo === undefined || changed > this.seenUpTo) this.seenUpTo = changed;
      const before = this.entries.get(row.member_id);
      if (!row.in_directory) {
        if (before) {
          this.entries.delete(row.member_id);
          this.built = undefined;
        }
        continue;
      }
      const entry: Entry = {
        id: row.member_id,
        nameKey: row.name_key,
        region: row.dir_region_code,
        topics: row.dir_topic_ids,
        leader: row.leader_type,
        cohort: row.dir_cohort_id,
        open: row.open_to_pairing,
      };
      if (!before || !sameEntry(before, entry)) {
        this.entries.set(row.member_id, entry);
        this.built = undefined;
      }
    }
    this.seenUpTo ??= Date.now() - OVERLAP_MS;
  }
}

function sameEntry(a: Entry, b: Entry): boolean {
  return (
    a.nameKey === b.nameKey &&
    a.region === b.region &&
    a.leader === b.leader &&
    a.cohort === b.cohort &&
    a.open === b.open &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => t === b.topics[i])
  );
}

/** Orders two (name key, id) pairs the way the directory lists names. */
export function compareNames(aKey: string, aId: string, bKey: string, bId: string): number {
  return (
    collator.compare(aKey, bKey) ||
    (aKey < bKey ? -1 : aKey > bKey ? 1 : 0) ||
    (aId < bId ? -1 : aId > bId ? 1 : 0)
  );
}

function build(entries: Entry[]): DirectoryColumns {
  entries.sort((a, b) => compareNames(a.nameKey, a.id, b.nameKey, b.id));
  const size = entries.length;
  const index = <T>(values: T[]) => new Map(values.map((value, i) => [value, i + 1]));
  const regionCodes = [...new Set(entries.flatMap((e) => (e.region ? [e.region] : [])))];
  const leaderTypes = [...new Set(entries.flatMap((e) => (e.leader ? [e.leader] : [])))];
  const cohortIds = [...new Set(entries.flatMap((e) => (e.cohort ? [e.cohort] : [])))];
  const [regionIndex, leaderIndex, cohortIndex] = [index(regionCodes), index(leaderTypes), index(cohortIds)];
  const maxTopic = entries.reduce((max, e) => Math.max(max, ...e.topics), 0);
  const topicWords = Math.floor(maxTopic / 32) + 1;
  const columns: DirectoryColumns = {
    size,
    ids: new Array<string>(size),
    nameKeys: new Array<string>(size),
    position: new Map(),
    region: new Uint8Array(size),
    regionCodes,
    leader: new Uint8Array(size),
    leaderTypes,
    cohort: new Uint32Array(size),
    cohortIds,
    open: new Uint8Array(size),
    topics: new Uint32Array(size * topicWords),
    topicWords,
  };
  entries.forEach((entry, i) => {
    columns.ids[i] = entry.id;
    columns.nameKeys[i] = entry.nameKey;
    columns.position.set(entry.id, i);
    columns.region[i] = entry.region ? regionIndex.get(entry.region)! : 0;
    columns.leader[i] = entry.leader ? leaderIndex.get(entry.leader)! : 0;
    columns.cohort[i] = entry.cohort ? cohortIndex.get(entry.cohort)! : 0;
    columns.open[i] = entry.open ? 1 : 0;
    for (const topic of entry.topics) columns.topics[i * topicWords + (topic >>> 5)]! |= 1 << (topic & 31);
  });
  return columns;
}
