import type { LeaderType, MemberFilter } from '../../graphql/people-operations';

/** The directory's search and filters live in the address (so the back button and shared links work). */
export const PARAM = {
  text: 'q',
  regions: 'region',
  topics: 'topic',
  leaderTypes: 'leader',
  cohortIds: 'cohort',
  openToPairing: 'open',
} as const;

export type ListFilter = 'regions' | 'topics' | 'leaderTypes' | 'cohortIds';

/** The `members` filter the address describes. */
export function filterOf(params: URLSearchParams): MemberFilter {
  const filter: MemberFilter = {};
  const text = params.get(PARAM.text)?.trim();
  if (text) filter.text = text;
  for (const key of ['regions', 'topics', 'cohortIds'] as const) {
    const values = params.getAll(PARAM[key]);
    if (values.length) filter[key] = values;
  }
  const leaders = params.getAll(PARAM.leaderTypes);
  if (leaders.length) filter.leaderTypes = leaders as LeaderType[];
  if (params.get(PARAM.openToPairing) === 'yes') filter.openToPairing = true;
  return filter;
}

/** The address with one value of a list filter ticked or unticked. */
export function toggled(
  params: URLSearchParams,
  key: ListFilter,
  value: string,
  on: boolean,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(PARAM[key]).filter((v) => v !== value);
  next.delete(PARAM[key]);
  for (const v of on ? [...values, value] : values) next.append(PARAM[key], v);
  return next;
}

/** How many filters (not the search words) are on. */
export function filterCount(params: URLSearchParams): number {
  return (
    (['regions', 'topics', 'leaderTypes', 'cohortIds'] as const).reduce(
      (sum, key) => sum + params.getAll(PARAM[key]).length,
      0,
    ) + (params.get(PARAM.openToPairing) === 'yes' ? 1 : 0)
  );
}
