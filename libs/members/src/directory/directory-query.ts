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

/** member_search_words is partitioned by hash of seq into this many halves (see the DirectorySearch migration). */
export const WORDS_PARTITIONS = 2;

/**
 * The text half of a directory search, as statements run side by side (on separate connections, so on both
 * cores of the database server), each over a narrow table keyed by the profile's dense `directory_seq`. Each
 * answers sets of seqs as one bytea, four bytes a seq (small to transfer, quick to read); nothing is ranked in
 * SQL: relevance is the match class, then name order, which the API process applies.
 *
 * The query is PostgreSQL full-text search: English stems, or the words as given with the last one also as a
 * prefix while typing.
 *
 * - `words`, one statement per partition of member_search_words: every member whose searchable text matches
 *   (names, and the fields every member may see);
 * - `names` (member_search_names): those whose name or handle alone matches (the first match class), and
 *   `close`: those with every word close to a word of their name (the second class, and matches too): pg_trgm
 *   finds, for each word, the name words close to it in member_name_words (a typo, another spelling), and the
 *   names index the members bearing one of them for every word.
 */
export function textStatements(text: string, words: string[]): { words: Statement[]; names: Statement } {
  const query = "websearch_to_tsquery('english', $1) || to_tsquery('simple', $2)";
  const prefixed = words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
  const trigrams = words.every((word) => word.length >= TRIGRAM_MIN_LENGTH);
  // (alternatives of word 1) & (alternatives of word 2) ...; null when a word has none, and when every word's
  // only alternative is itself (then the close names are the name matches already found).
  const closeQuery = `(SELECT string_agg('(' || alternatives || ')', ' & ')::tsquery
       FROM (SELECT string_agg(quote_literal(w.word), ' | ') AS alternatives, bool_or(w.word <> q.word) AS other
               FROM unnest($3::text[]) WITH ORDINALITY AS q(word, n) JOIN member_name_words w ON q.word <% w.word
              GROUP BY q.n) per_word
     HAVING count(*) = cardinality($3::text[]) AND bool_or(other))`;
  const close = trigrams
    ? `(SELECT string_agg(int4send(seq), ''::bytea) FROM member_search_names WHERE names @@ ${closeQuery})`
    : 'NULL::bytea';
  return {
    words: Array.from({ length: WORDS_PARTITIONS }, (_, partition) => ({
      sql: `SELECT string_agg(int4send(seq), ''::bytea) AS words FROM member_search_words_${partition} WHERE words @@ (${query})`,
      params: [text, prefixed],
    })),
    names: {
      sql: `SELECT (SELECT string_agg(int4send(seq), ''::bytea) FROM member_search_names WHERE names @@ (${query})) AS names,
       ${close} AS close`,
      params: [text, prefixed, ...(trigrams ? [words] : [])],
    },
  };
}
