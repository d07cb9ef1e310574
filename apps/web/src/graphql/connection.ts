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
export function appendPage<T, P extends PageInfo>(
  shown: Connection<T, P>,
  next: Connection<T, P>,
): Connection<T, P> {
  const known = new Set(shown.edges.map((edge) => edge.cursor));
  return { ...next, edges: [...shown.edges, ...next.edges.filter((edge) => !known.has(edge.cursor))] };
}
