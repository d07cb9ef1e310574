import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Bitset } from './bitset.js';
import {
  buildColumns,
  positionOf,
  updateInPlace,
  withChanges,
  type DirectoryColumns,
  type Entry,
} from './directory-columns.js';

/**
 * Changes are read again over this window, so that a transaction that commits late (updated_at is stamped when
 * the row is written) is not missed; a row seen before with the same stamp is skipped.
 */
const OVERLAP_MS = 30_000;
const FULL_RELOAD_MS = 5 * 60_000;

export interface CommonWordsOptions {
  /** A word is common when PostgreSQL's statistics reckon at least this share of the listed members use it. */
  share: number;
  /** At most this many, the commonest first (each, once held, is a bitset of the listed members). */
  most: number;
}

const COMMON_WORDS: CommonWordsOptions = { share: 0.1, most: 64 };

/**
 * The directory's filter and facet columns, held in this process and kept current: before each search, one
 * indexed query reads the profiles changed since the last look (the trigger stamps updated_at on every write).
 * Counting facets over 100,000 members is then a few thousand word-wide operations, not a GROUP BY per request.
 *
 * Also the members of the commonest words (see DirectoryColumns.words): the candidates are chosen from
 * PostgreSQL's statistics of member_search_postings at each full read; a candidate's members are kept (hold)
 * the first time a search reads them from the postings, and from then on kept current with the rest.
 *
 * A change of filter values or words is written in place; members joining, leaving or renamed make new
 * columns from the old ones (withChanges: no full sort). Everything is read again every few minutes, in the
 * background: searches go on with the columns they have (kept current as above) until the new ones are ready.
 */
export class DirectorySnapshot {
  private readonly logger = new Logger(DirectorySnapshot.name);
  /** The database's clock when it was last read: the next look reads what changed since (less an overlap). */
  private lookedAt = 0;
  private loadedAt = 0;
  private built: DirectoryColumns | undefined;
  /** Counts the looks that changed anything: a set read before the latest of them may miss its changes. */
  private generation = 0;
  /** The rows of the last look (within the overlap), by seq, with their stamps. */
  private seen = new Map<number, string>();
  /** The common words whose members may be held (held ones are the keys of built.words). */
  private candidates = new Set<string>();
  private refreshing: Promise<void> | undefined;
  private reloading: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly common: CommonWordsOptions = COMMON_WORDS,
  ) {}

  /** The current columns, after reading what changed since the last call, and their generation. */
  async columns(): Promise<DirectoryColumns> {
    return (await this.current()).columns;
  }

  /** The current columns and their generation (for hold). */
  async current(): Promise<{ columns: DirectoryColumns; generation: number }> {
    if (this.built && Date.now() - this.loadedAt > FULL_RELOAD_MS) this.reloadInBackground();
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    return { columns: this.built!, generation: this.generation };
  }

  /**
   * Keeps the members of a common word, read from the postings by a search over `columns` of `generation`
   * (every member of the columns, both halves placed), unless the columns changed since: then the set may
   * miss a change, and a later search reads it again.
   */
  hold(columns: DirectoryColumns, generation: number, word: string, bits: Bitset): void {
    if (columns !== this.built || generation !== this.generation || !this.candidates.has(word)) return;
    columns.words.set(word, bits);
  }

  private reloadInBackground(): void {
    this.reloading ??= this.load()
      .catch((error: unknown) => this.logger.warn(`Reading the directory again failed: ${String(error)}`))
      .finally(() => (this.reloading = undefined));
  }

  private async refresh(): Promise<void> {
    if (!this.built) return this.load();
    const base = this.built;
    const rows = await this.dataSource.query<ProfileRow[]>(
      `${rowsQuery('(SELECT array_agg(l) FROM unnest(tsvector_to_array(search)) l WHERE l = ANY($2))')}
        WHERE updated_at > $1`,
      [new Date(this.lookedAt - OVERLAP_MS), [...this.candidates]],
    );
    // A full read finished meanwhile: it is newer than what this looked at, and the next look reads the rest.
    if (this.built !== base) return;
    const removed = new Set<number>();
    const added: Entry[] = [];
    const seen = new Map<number, string>();
    let changed = false;
    for (const row of rows) {
      seen.set(row.directory_seq, row.stamp);
      if (this.seen.get(row.directory_seq) === row.stamp) continue;
      changed = true;
      const entry = entryOf(row);
      const position = positionOf(base, entry.seq);
      const listed = position >= 0;
      if (!row.in_directory) {
        if (listed) removed.add(entry.seq);
      } else if (!listed) {
        added.push(entry);
      } else if (base.nameKeys[position] !== entry.nameKey) {
        // A new name: a new place.
        removed.add(entry.seq);
        added.push(entry);
      } else {
        // Most edits keep the name, and so the member's place: written where it stands.
        updateInPlace(base, entry);
      }
    }
    if (removed.size || added.length) this.built = withChanges(base, removed, added);
    // Sets read before a change may miss it: hold() refuses them.
    if (changed) this.generation++;
    this.seen = seen;
    // Every row has the clock of the statement's start.
    if (rows.length) this.lookedAt = rows[0].looked_at;
  }

  /** Reads every listed member (in name order, which makes the sort here quick) and replaces the columns. */
  private async load(): Promise<void> {
    this.loadedAt = Date.now();
    const candidates = await this.commonWords();
    const rows = await this.dataSource.query<ProfileRow[]>(
      `${rowsQuery('NULL')} WHERE in_directory ORDER BY name_key, member_id`,
    );
    this.built = buildColumns(rows.map(entryOf));
    this.seen = new Map();
    this.candidates = new Set(candidates);
    this.generation++;
    // Whatever changed since this read began is read again by the next refresh.
    this.lookedAt = rows[0]?.looked_at ?? this.loadedAt;
  }
  /** The commonest words of member_search_postings by PostgreSQL's statistics (none before it has any). */
  private async commonWords(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ word: string }>>(
      `SELECT m.word
         FROM pg_stats s
         JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
         CROSS JOIN unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS m(word, share)
        WHERE s.schemaname = current_schema() AND s.tablename = 'member_search_postings' AND s.attname = 'lexeme'
          AND m.share * c.reltuples >= $1::float8 * (SELECT count(*) FROM member_profiles WHERE in_directory)
        ORDER BY m.share DESC
        LIMIT $2`,
      [this.common.share, this.common.most],
    );
    return rows.map((row) => row.word);
  }
}

/** A profile's directory columns, and the database's clock when it was read. */
interface ProfileRow {
  looked_at: number;
  /** updated_at, exactly. */
  stamp: string;
  member_id: string;
  directory_seq: number;
  name_key: string;
  dir_region_code: string | null;
  dir_topic_ids: number[];
  leader_type: string | null;
  dir_cohort_id: string | null;
  open_to_pairing: boolean;
  in_directory: boolean;
  /** The common words of the member's search vector (changes only; null otherwise). */
  words: string[] | null;
}

/** The directory columns of member_profiles; `words` gives the common words of each row. */
function rowsQuery(words: string): string {
  return `SELECT (extract(epoch FROM statement_timestamp()) * 1000)::float8 AS looked_at, updated_at::text AS stamp,
                 member_id, directory_seq,
                 name_key, dir_region_code, dir_topic_ids, leader_type, dir_cohort_id, open_to_pairing, in_directory,
                 ${words} AS words
            FROM member_profiles`;
}

function entryOf(row: ProfileRow): Entry {
  return {
    id: row.member_id,
    seq: row.directory_seq,
    nameKey: row.name_key,
    region: row.dir_region_code,
    topics: row.dir_topic_ids,
    leader: row.leader_type,
    cohort: row.dir_cohort_id,
    open: row.open_to_pairing,
    words: row.words ?? [],
  };
}
