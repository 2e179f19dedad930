import type { ReactNode } from 'react';
import { Pagination } from './pagination';

interface PagedListProps<T> {
  /** The section's id: its heading is `${id}-heading`. */
  id: string;
  /** The heading, also the list's name ("Overdue invoices"); the total follows it in brackets. */
  heading: string;
  /** One page of the answer: its items, where it is, and how many there are in all. */
  data: { items: readonly T[]; page: number; pageSize: number; total: number };
  /** What shows instead of an empty list. */
  empty: string;
  /** One `<li>` per item. */
  renderItem: (item: T) => ReactNode;
  /** The pages' navigation: its name and the link to another page. */
  pagesLabel: string;
  hrefFor: (page: number) => string;
}

/** A titled list of one page of records, with its total, its empty state and links to its other pages. */
export function PagedList<T>({ id, heading, data, empty, renderItem, pagesLabel, hrefFor }: PagedListProps<T>) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="text-xl font-bold text-slate-900">
        {heading} <span className="font-normal text-slate-600">({data.total})</span>
      </h2>
      {data.items.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">{empty}</p>
      ) : (
        <ul
          aria-label={heading}
          className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm"
        >
          {data.items.map(renderItem)}
        </ul>
      )}
      <Pagination label={pagesLabel} page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={hrefFor} />
    </section>
  );
}
