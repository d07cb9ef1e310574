import type { LeaderType } from '../profile/profile-enums.js';

export interface DirectoryFilter {
  text?: string | null;
  regions?: string[] | null;
  topics?: string[] | null;
  leaderTypes?: LeaderType[] | null;
  cohortIds?: string[] | null;
  openToPairing?: boolean | null;
}

export interface DirectoryCursor extends Record<string, unknown> {
  /** The match class, with text (see MatchClass); 0 without. */
  r: number;
  /** The name key and id of the last member of the page. */
  k: string;
  id: string;
}

/** Words of a free-text query (at most 8). */
export function queryWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? []
  );
}

/** Words shorter than this are not matched by trigrams: "gp" would be "close" to every name with a word in g. */
export const TRIGRAM_MIN_LENGTH = 3;

/** One SQL statement and its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** The search syntax of websearch_to_tsquery: an excluded -word, "quoted words", or "or" between words. */
const STRUCTURED = /(^|\s)-[\p{L}\p{N}]|"|\sor\s/iu;

/** A range of directory seqs, both ends included: the postings are read in two such halves side by side. */
export type SeqRange = [from: number, to: number];

/**
 * A prefix (the last word, while typing) shorter than this begins whole words only in names: the words
 * beginning with "co" in every field are a tenth of all postings.
 */
export const PREFIX_MIN_LENGTH = 3;

/** What each row of a text statement holds (its `kind`). */
export const RowKind = {
  /** The query's text form, in `lexeme`. */
  QUERY: 'query',
  /** The members with this word anywhere searchable (member_search_postings). */
  WORD: 'word',
  /** The members with this word in their name or handle (member_search_name_postings). */
  NAME: 'name',
  /** The members with a longer word that `lexeme` begins, anywhere searchable. */
  LONGER_WORD: 'longer word',
  /** The members with a longer word that `lexeme` begins in their name or handle. */
  LONGER_NAME: 'longer name',
  /** The members with this name word, close to the query's word number `word` (1 first). */
  CLOSE: 'close',
} as const;

export interface TextStatements {
  /** One statement per seq range, run side by side (see textStatements). */
  halves: Statement[];
  /** The words the query wants (not those excluded with -word, nor "or"): what close names are found for. */
  wanted: string[];
}

/**
 * The text half of a directory search: one statement per seq range, run side by side (on separate
 * connections, so on both cores of the database server). Each answers rows of sets of members, each set as
 * seqs (the profile's dense `directory_seq`) in one bytea, four bytes a seq (small to transfer, quick to
 * read), all read from the primary keys of the postings tables alone (index-only: a word a quarter of the
 * members use is a few hundred index pages). Nothing is matched or ranked in SQL: the API process answers the
 * query over these sets (tsquery.ts), and ranks by match class, then name order.
 *
 * The query is PostgreSQL full-text search: `websearch_to_tsquery('english', text)`, or else the words as given
 * (names are not stemmed): while typing, the words as given and as stems with the last one also a prefix; for
 * a query written with the search syntax, the same query in the 'simple' configuration. The rows (see
 * RowKind): the query's text form; for each lexeme PostgreSQL makes of the text (English and as given) its
 * members anywhere searchable (but for the commonest words, which the API process holds) and in names; for the
 * last word, those of the longer words it begins; and for typo tolerance, for each wanted word of three letters
 * or more, the name words close to it (pg_trgm over member_name_words, a few thousand short words) and their
 * members.
 */
export function textStatements(
  text: string,
  words: string[],
  ranges: SeqRange[],
  /** Words whose members the API process holds (DirectoryColumns.words): not read here. */
  held: string[],
): TextStatements {
  const structured = STRUCTURED.test(text);
  const query = `websearch_to_tsquery('english', $1)
    || coalesce(to_tsquery('simple', $2::text) || to_tsquery('english', $2::text), websearch_to_tsquery('simple', $1))`;
  const prefixed = words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
  const last = structured ? null : words[words.length - 1];
  const excluded = new Set(
    structured
      ? (text
          .toLowerCase()
          .match(/(?<=^|\s)-[\p{L}\p{N}]+/gu)
          ?.map((w) => w.slice(1)) ?? [])
      : [],
  );
  const wanted = words.filter((word) => !excluded.has(word) && !(structured && word === 'or'));
  const trigrams = wanted.length > 0 && wanted.every((word) => word.length >= TRIGRAM_MIN_LENGTH);
  const members = (table: string, where: string) =>
    `(SELECT string_agg(int4send(p.seq), ''::bytea) FROM ${table} p
       WHERE ${where} AND p.seq BETWEEN $4 AND $5)`;
  const longer = (param: string) => `p.lexeme > ${param} AND p.lexeme < ${param} || chr(1114111)`;
  const sql = `
    WITH lexemes AS (
      SELECT DISTINCT lexeme
        FROM unnest(tsvector_to_array(to_tsvector('english', $1) || to_tsvector('simple', $1) || to_tsvector('simple', $3))) l(lexeme))
    SELECT '${RowKind.QUERY}' AS kind, (${query})::text AS lexeme, NULL::int AS word, NULL::bytea AS seqs
    UNION ALL
    SELECT '${RowKind.WORD}', l.lexeme, NULL, ${members('member_search_postings', 'p.lexeme = l.lexeme')}
      FROM lexemes l WHERE l.lexeme <> ALL($8::text[])
    UNION ALL
    SELECT '${RowKind.NAME}', l.lexeme, NULL, ${members('member_search_name_postings', 'p.lexeme = l.lexeme')} FROM lexemes l
    UNION ALL
    SELECT '${RowKind.LONGER_WORD}', $6, NULL, ${members('member_search_postings', longer('$6'))} WHERE $6 IS NOT NULL
    UNION ALL
    SELECT '${RowKind.LONGER_NAME}', $7, NULL, ${members('member_search_name_postings', longer('$7'))} WHERE $7 IS NOT NULL
    UNION ALL
    SELECT '${RowKind.CLOSE}', w.word, q.n::int, ${members('member_search_name_postings', 'p.lexeme = w.word')}
      FROM unnest($9::text[]) WITH ORDINALITY AS q(word, n)
      JOIN member_name_words w ON q.word <% w.word AND w.word <> q.word`;
  return {
    halves: ranges.map(([from, to]) => ({
      sql,
      params: [
        text,
        structured ? null : prefixed,
        words.join(' '),
        from,
        to,
        last && last.length >= PREFIX_MIN_LENGTH ? last : null,
        last,
        held,
        // No close names unless every wanted word is long enough.
        trigrams ? wanted : [],
      ],
    })),
    wanted,
  };
}
