import type { DataSource } from 'typeorm';
import {
  buildColumns,
  positionOf,
  updateInPlace,
  withChanges,
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
 * A change of filter values is written in place; members joining, leaving or renamed make new columns from the
 * old ones (withChanges: no full sort); everything is read again every few minutes.
 */
export class DirectorySnapshot {
  /** The database's clock when it was last read: the next look reads what changed since (less an overlap). */
  private lookedAt: number | undefined;
  private loadedAt = 0;
  private built: DirectoryColumns | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** The current columns, after reading what changed since the last call. */
  async columns(): Promise<DirectoryColumns> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    return this.built!;
  }

  /** Above the highest directory_seq the columns last held; undefined before they were first read. */
  lastSeqLimit(): number | undefined {
    return this.built?.positionOfSeq.length;
  }

  private async refresh(): Promise<void> {
    const full = !this.built || this.lookedAt === undefined || Date.now() - this.loadedAt > FULL_RELOAD_MS;
    // One round trip: the rows (as one JSON value, quick to parse) and the database's clock at this look.
    const [result] = await this.dataSource.query<Array<{ looked_at: number; rows: EntryRow[] }>>(
      `SELECT (extract(epoch FROM statement_timestamp()) * 1000)::float8 AS looked_at,
              coalesce(json_agg(json_build_array(member_id, directory_seq, name_key, dir_region_code, dir_topic_ids, leader_type,
                                                 dir_cohort_id, open_to_pairing, in_directory)), '[]') AS rows
         FROM member_profiles ${full ? 'WHERE in_directory' : 'WHERE updated_at > $1'}`,
      full ? [] : [new Date(this.lookedAt! - OVERLAP_MS)],
    );
    this.lookedAt = result.looked_at;
    const entries = result.rows.map(([id, seq, nameKey, region, topics, leader, cohort, open]): Entry => ({
      id,
      seq,
      nameKey,
      region,
      topics,
      leader,
      cohort,
      open,
    }));
    if (full) {
      this.loadedAt = Date.now();
      this.built = buildColumns(entries);
      return;
    }
    const columns = this.built!;
    const removed = new Set<number>();
    const added: Entry[] = [];
    result.rows.forEach(([, seq, nameKey, , , , , , inDirectory], i) => {
      const position = positionOf(columns, seq);
      const listed = position >= 0;
      if (!inDirectory) {
        if (listed) removed.add(seq);
      } else if (!listed) {
        added.push(entries[i]);
      } else if (columns.nameKeys[position] !== nameKey) {
        // A new name: a new place.
        removed.add(seq);
        added.push(entries[i]);
      } else {
        // Most edits keep the name, and so the member's place: written where it stands.
        updateInPlace(columns, entries[i]);
      }
    });
    if (removed.size || added.length) this.built = withChanges(columns, removed, added);
  }
}
