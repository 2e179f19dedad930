/**
 * For loaders: starts a query that a component will read, without failing the navigation. A
 * failure stays in the cache, and the component's own error boundary shows it (with a retry).
 */
export function prefetch(query: Promise<unknown>): Promise<void> {
  return query.then(
    () => undefined,
    () => undefined,
  );
}
