const perRequest = new WeakMap<object, Map<string, unknown>>();

/**
 * One value per request and key, made on first use: how DataLoaders live exactly as long as a request, so
 * that what a page of items needs costs the same for 10 or 100.
 */
export function perRequestValue<T>(request: object, key: string, make: () => T): T {
  let values = perRequest.get(request);
  if (!values) {
    values = new Map();
    perRequest.set(request, values);
  }
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}
