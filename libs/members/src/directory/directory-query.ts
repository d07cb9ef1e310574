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
  r: number;
  k: string;
  id: string;
}

/** Words of a free-text query, for the prefix query on names ("pri" finds Priya while typing). */
export function queryWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? []
  );
}

/**
 * One statement answers a directory page: the matching set is computed once (text through the GIN
 * full-text index and the trigram index on names, filters on the directory-visible columns), then the page,
 * the total and the three facets are read from it. A facet counts with every filter but its own, so that
 * choosing London still shows how many match in each other region.
 *
 * Parameters: $1 english tsquery text, $2 simple prefix tsquery text, $3 raw text, $4 regions, $5 topic ids,
 * $6 leader types, $7 cohorts, $8 open to pairing, $9 page size + 1, $10 cursor rank, $11 cursor name key,
 * $12 cursor id, then one parameter per query word (typo-tolerant name match: every word must be close to a
 * word of the name, each through the trigram index).
 */
export function directorySql(wordCount: number): string {
  const hasText = wordCount > 0;
  const nameWords = Array.from({ length: wordCount }, (_, i) => `$${13 + i}::text <% p.name_key`).join(
    ' AND ',
  );
  const rank = hasText
    ? `(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search, q.en || q.simple) + word_similarity(q.raw, p.name_key))::float8`
    : '0::float8';
  const textMatch = hasText ? `AND (p.search @@ q.en OR p.search @@ q.simple OR (${nameWords}))` : '';
  const regionOk = `($4::text[] IS NULL OR p.dir_region_code = ANY($4::text[]))`;
  const topicsOk = `($5::int[] IS NULL OR p.dir_topic_ids && $5::int[])`;
  const leaderOk = `($6::leader_type[] IS NULL OR p.leader_type = ANY($6::leader_type[]))`;
  const after = hasText
    ? `($10::float8 IS NULL OR rank < $10 OR (rank = $10 AND (name_key, member_id) > ($11::text, $12::uuid)))`
    : `($11::text IS NULL OR (name_key, member_id) > ($11::text, $12::uuid))`;
  const order = hasText ? 'rank DESC, name_key, member_id' : 'name_key, member_id';
  return `
WITH q AS (
  SELECT websearch_to_tsquery('english', $1) AS en, to_tsquery('simple', $2) AS simple, $3::text AS raw,
         $10::float8 AS after_rank
),
matched AS MATERIALIZED (
  SELECT p.member_id, p.name_key, p.dir_region_code, p.dir_topic_ids, p.leader_type, ${rank} AS rank,
         ${regionOk} AS region_ok, ${topicsOk} AS topics_ok, ${leaderOk} AS leader_ok
  FROM member_profiles p, q
  WHERE p.in_directory ${textMatch}
    AND ($7::uuid[] IS NULL OR p.dir_cohort_id = ANY($7::uuid[]))
    AND ($8::boolean IS NULL OR p.open_to_pairing = $8)
    AND (${regionOk}::int + ${topicsOk}::int + ${leaderOk}::int) >= 2
)
SELECT
  (SELECT count(*) FROM matched WHERE region_ok AND topics_ok AND leader_ok)::int AS total,
  (SELECT coalesce(json_agg(json_build_array(member_id, rank, name_key)), '[]') FROM (
     SELECT member_id, rank, name_key FROM matched
     WHERE region_ok AND topics_ok AND leader_ok AND ${after}
     ORDER BY ${order} LIMIT $9) page) AS page,
  (SELECT coalesce(json_agg(json_build_array(dir_region_code, n)), '[]') FROM (
     SELECT dir_region_code, count(*)::int n FROM matched
     WHERE topics_ok AND leader_ok AND dir_region_code IS NOT NULL GROUP BY 1) f) AS regions,
  (SELECT coalesce(json_agg(json_build_array(topic_id, n)), '[]') FROM (
     SELECT topic_id, count(*)::int n FROM matched, unnest(dir_topic_ids) topic_id
     WHERE region_ok AND leader_ok GROUP BY 1) f) AS topics,
  (SELECT coalesce(json_agg(json_build_array(leader_type, n)), '[]') FROM (
     SELECT leader_type, count(*)::int n FROM matched
     WHERE region_ok AND topics_ok AND leader_type IS NOT NULL GROUP BY 1) f) AS leaders`;
}
