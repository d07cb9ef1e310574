import type { DataSource } from 'typeorm';
import {
  buildColumns,
  sameEntry,
  updateInPlace,
  type DirectoryColumns,
  type Entry,
} from './directory-columns.js';

/** [member_id, directory_seq, name_key, dir_region_code, dir_topic_ids, leader_type, dir_cohort_id, open_to_pairing, in_directory] */
type EntryRow = [
  string,
  number,
  string,
  string | null,
  number[],
  string | null,
  string | null,
  boolean,
  boolean,
];

/** Changes are read again over this window, so that a transaction that commits a little late is not missed. */
const OVERLAP_MS = 5_000;
const FULL_RELOAD_MS = 5 * 60_000;

/**
 * The directory's filter and facet columns, held in this process and kept current: before each search, one
 * indexed query reads the profiles changed since the last look (the trigger stamps updated_at on every write).
 * Counting facets over 100,000 members is then a few thousand word-wide operations, not a GROUP BY per request.
 */
export class DirectorySnapshot {
  private readonly entries = new Map<string, Entry>();
  /** The database's clock when it was last read: the next look reads what changed since (less an overlap). */
  private lookedAt: number | undefined;
  private loadedAt = 0;
  private built: DirectoryColumns | undefined;
  private refreshing: Promise<void> | undefined;
  private seqLimit: number | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** The current columns, after reading what changed since the last call. */
  async columns(): Promise<DirectoryColumns> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    this.built ??= buildColumns([...this.entries.values()]);
    this.seqLimit = this.built.positionOfSeq.length;
    return this.built;
  }

  /** Above the highest directory_seq the columns last held; undefined before they were first read. */
  lastSeqLimit(): number | undefined {
    return this.seqLimit;
  }

  private async refresh(): Promise<void> {
    const full = this.lookedAt === undefined || Date.now() - this.loadedAt > FULL_RELOAD_MS;
    // One round trip: the rows (as one JSON value, quick to parse) and the database's clock at this look.
    const [result] = await this.dataSource.query<Array<{ looked_at: number; rows: EntryRow[] }>>(
      `SELECT (extract(epoch FROM statement_timestamp()) * 1000)::float8 AS looked_at,
              coalesce(json_agg(json_build_array(member_id, directory_seq, name_key, dir_region_code, dir_topic_ids, leader_type,
                                                 dir_cohort_id, open_to_pairing, in_directory)), '[]') AS rows
         FROM member_profiles ${full ? 'WHERE in_directory' : 'WHERE updated_at > $1'}`,
      full ? [] : [new Date(this.lookedAt! - OVERLAP_MS)],
    );
    if (full) {
      this.entries.clear();
      this.loadedAt = Date.now();
      this.built = undefined;
    }
    this.lookedAt = result.looked_at;
    for (const [id, seq, nameKey, region, topics, leader, cohort, open, inDirectory] of result.rows) {
      const before = this.entries.get(id);
      if (!inDirectory) {
        if (before) {
          this.entries.delete(id);
          this.built = undefined;
        }
        continue;
      }
      const entry: Entry = { id, seq, nameKey, region, topics, leader, cohort, open };
      if (before && sameEntry(before, entry)) continue;
      this.entries.set(id, entry);
      // Most edits keep the name, and so the member's place: change the columns in place, no re-sort.
      if (!(before && this.built && before.nameKey === entry.nameKey && updateInPlace(this.built, entry))) {
        this.built = undefined;
      }
    }
  }
}
