// A paged list as the API returns it (Relay-style connections), and how a next page joins the one shown.

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T, P extends PageInfo = PageInfo> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: P;
}

/** The next page of a connection laid after the ones already shown (fetchMore's updateQuery). */
export function appendPage<C extends Connection<unknown>>(shown: C, next: C): C {
  const known = new Set(shown.edges.map((edge) => edge.cursor));
  return { ...next, edges: [...shown.edges, ...next.edges.filter((edge) => !known.has(edge.cursor))] };
}

/** fetchMore's updateQuery for a connection of `group` (its threads, members, join requests): appendPage there. */
export function appendGroupPage<K extends string>(field: K) {
  return <G extends Record<K, Connection<unknown>>>(
    shown: { group: G },
    { fetchMoreResult }: { fetchMoreResult: { group: G } },
  ): { group: G } => ({
    group: { ...shown.group, [field]: appendPage(shown.group[field], fetchMoreResult.group[field]) },
  });
}
