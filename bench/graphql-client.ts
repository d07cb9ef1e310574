/** A GraphQL caller for the benchmarks: answers `data`, throws (the HTTP status, then `errors`) on `errors` or a status not OK. */
export function graphqlAt(url: string) {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors || !response.ok) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}
