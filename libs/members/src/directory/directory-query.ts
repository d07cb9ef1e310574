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
  /** Relevance, with text; 0 without. */
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

/**
 * The text half of a directory search: which listed members match the words, and how well. PostgreSQL
 * full-text search over the directory-visible text (names weighted first, English stems for the rest, the
 * last word also as a prefix while typing), or every word close to a word of the name through the trigram
 * index (typos, other spellings). Answers one string "id rank,id rank,..." to keep the transfer small.
 *
 * Parameters: $1 the text (websearch syntax, English), $2 the simple prefix tsquery, $3 the words joined,
 * then one parameter per word.
 */
export function textMatchSql(wordCount: number): string {
  const nameWords = Array.from({ length: wordCount }, (_, i) => `$${4 + i}::text <% p.name_key`).join(
    ' AND ',
  );
  const weights = "'{0.1, 0.2, 0.4, 1.0}'";
  // Two branches, each through its own GIN index (one OR across both would make PostgreSQL read every row):
  // the full-text query (English stems or name prefixes), and every word close to a word of the name.
  return `
WITH q AS (SELECT websearch_to_tsquery('english', $1) || to_tsquery('simple', $2) AS words, $3::text AS raw),
hits AS (
  SELECT p.member_id, ts_rank(${weights}, p.search, q.words)::float8 AS rank
    FROM q, member_profiles p WHERE p.in_directory AND p.search @@ q.words
  UNION ALL
  SELECT p.member_id, (ts_rank(${weights}, p.search, q.words) + word_similarity(q.raw, p.name_key))::float8
    FROM q, member_profiles p WHERE p.in_directory AND ${nameWords}
)
SELECT coalesce(string_agg(member_id::text || ' ' || rank::text, ','), '') AS matches
  FROM (SELECT member_id, max(rank) AS rank FROM hits GROUP BY member_id) best`;
}

export function textMatchParams(text: string, words: string[]): unknown[] {
  return [
    text,
    words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & '),
    words.join(' '),
    ...words,
  ];
}
