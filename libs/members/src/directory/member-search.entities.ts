import { Entity, Index, PrimaryColumn } from 'typeorm';

// The directory's narrow search tables, keyed by the profile's dense `directory_seq` and holding only what
// every member may see of listed members. Triggers keep them in step with member_profiles (see the
// DirectorySearch migration); nothing writes them directly. Small integers, so that handing thousands of
// matches over is cheap. The trigram index is written by hand in that migration (TypeORM cannot describe it).

/**
 * Everything searchable, as postings: one row per word (a lexeme of the profile's `search` vector: names, and
 * the fields every member may see) and member. A search reads the members of a word straight from the primary
 * key's index (index-only: no visit to the rows), a few hundred index pages even for a word a quarter of the
 * members use. Byte order ("C") so that the words beginning with a prefix are one range of the index.
 */
@Entity('member_search_postings')
export class MemberSearchPosting {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  lexeme!: string;

  /** The profile's `directory_seq`. */
  @PrimaryColumn({ type: 'int' })
  seq!: number;
}

/**
 * The postings of names: one row per word of a listed member's name and handle ('simple' lexemes, no stems)
 * and member. A match here ranks first; the close names (typos) are found here too.
 */
@Entity('member_search_name_postings')
export class MemberSearchNamePosting {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  lexeme!: string;

  /** The profile's `directory_seq`. */
  @PrimaryColumn({ type: 'int' })
  seq!: number;
}

/**
 * Every word of a listed member's name ('simple' lexemes, but hyphenated compounds): typo tolerance looks up
 * the name words close to a query word here (pg_trgm; a few hundred or thousand short words), then finds the
 * members through member_search_name_postings. A word nobody bears any longer only finds nobody; an erased
 * account's name words are deleted with it (libs/privacy, unless someone else bears them).
 */
@Entity('member_name_words')
@Index('member_name_words_trgm_idx', { synchronize: false })
export class MemberNameWord {
  @PrimaryColumn({ type: 'text' })
  word!: string;
}
