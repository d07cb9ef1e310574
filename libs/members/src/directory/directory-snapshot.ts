import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { setBit } from './bitset.js';
import {
  buildColumns,
  positionOf,
  updateInPlace,
  withChanges,
  type DirectoryColumns,
  type Entry,
} from './directory-columns.js';

/**
 * [member_id, directory_seq, name_key, dir_region_code, dir_topic_ids, leader_type, dir_cohort_id,
 * open_to_pairing, in_directory, common words of the search vector (changes only)]
 */
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
  string[] | null,
];

/** Changes are read again over this window, so that a transaction that commits a little late is not missed. */
const OVERLAP_MS = 5_000;
const FULL_RELOAD_MS = 5 * 60_000;

export interface CommonWordsOptions {
  /** A word is common when PostgreSQL's statistics reckon at least this share of the listed members use it. */
  share: number;
  /** At most this many, the commonest first (each holds a bitset of the listed members). */
  most: number;
}

const COMMON_WORDS: CommonWordsOptions = { share: 0.05, most: 64 };

/**
 * The directory's filter and facet columns, held in this process and kept current: before each search, one
 * indexed query reads the profiles changed since the last look (the trigger stamps updated_at on every write).
 * Counting facets over 100,000 members is then a few thousand word-wide operations, not a GROUP BY per request.
 *
 * Also the members of the commonest words (see DirectoryColumns.words), chosen from PostgreSQL's statistics of
 * member_search_postings at each full build and kept current with the rest.
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
  private refreshing: Promise<void> | undefined;
  private reloading: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly common: CommonWordsOptions = COMMON_WORDS,
  ) {}

  /** The current columns, after reading what changed since the last call. */
  async columns(): Promise<DirectoryColumns> {
    if (this.built && Date.now() - this.loadedAt > FULL_RELOAD_MS) this.reloadInBackground();
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    return this.built!;
  }

  private reloadInBackground(): void {
    this.reloading ??= this.load()
      .catch((error: unknown) => this.logger.warn(`Reading the directory again failed: ${String(error)}`))
      .finally(() => (this.reloading = undefined));
  }

  private async refresh(): Promise<void> {
    if (!this.built) return this.load();
    const base = this.built;
    const words = [...base.words.keys()];
    const [result] = await this.dataSource.query<Array<{ looked_at: number; rows: EntryRow[] }>>(
      rowsQuery(
        `WHERE updated_at > $1`,
        '(SELECT array_agg(l) FROM unnest(tsvector_to_array(search)) l WHERE l = ANY($2))',
      ),
      [new Date(this.lookedAt - OVERLAP_MS), words],
    );
    // A full read finished meanwhile: it is newer than what this looked at, and the next look reads the rest.
    if (this.built !== base) return;
    const removed = new Set<number>();
    const added: Entry[] = [];
    for (const row of result.rows) {
      const entry = entryOf(row);
      const inDirectory = row[8];
      const position = positionOf(base, entry.seq);
      const listed = position >= 0;
      if (!inDirectory) {
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
    this.lookedAt = result.looked_at;
  }

  /** Reads every listed member, then the members of each common word, and replaces the columns. */
  private async load(): Promise<void> {
    this.loadedAt = Date.now();
    const words = await this.commonWords();
    const [result] = await this.dataSource.query<Array<{ looked_at: number; rows: EntryRow[] }>>(
      rowsQuery('WHERE in_directory', 'NULL'),
    );
    const columns = buildColumns(result.rows.map(entryOf), words);
    for (const word of words) {
      const [{ seqs }] = await this.dataSource.query<Array<{ seqs: Buffer | null }>>(
        `SELECT string_agg(int4send(seq), ''::bytea) AS seqs FROM member_search_postings WHERE lexeme = $1`,
        [word],
      );
      const bits = columns.words.get(word)!;
      for (let offset = 0; seqs && offset + 4 <= seqs.length; offset += 4) {
        const position = positionOf(columns, seqs.readInt32BE(offset));
        if (position >= 0) setBit(bits, position);
      }
    }
    // Whatever changed since this read began is read again by the next refresh (from looked_at, less the overlap).
    this.built = columns;
    this.lookedAt = result.looked_at;
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

/** The rows of the profiles `where` says, as one JSON value (quick to parse), with the database's clock. */
function rowsQuery(where: string, words: string): string {
  return `SELECT (extract(epoch FROM statement_timestamp()) * 1000)::float8 AS looked_at,
                 coalesce(json_agg(json_build_array(member_id, directory_seq, name_key, dir_region_code, dir_topic_ids,
                                                    leader_type, dir_cohort_id, open_to_pairing, in_directory, ${words})), '[]') AS rows
            FROM member_profiles ${where}`;
}

function entryOf([id, seq, nameKey, region, topics, leader, cohort, open, , words]: EntryRow): Entry {
  return { id, seq, nameKey, region, topics, leader, cohort, open, words: words ?? [] };
}
