export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of a list; a page past the end is empty, not an error. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageSize, total: items.length };
}
