import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Pagination } from '@/components/ui/pagination';
import { QueryErrorFallback } from '@/components/ui/query-error-fallback';
import { SkeletonLines } from '@/components/ui/skeleton';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { countOf } from '@/lib/format';
import { briefingBookListQueryOptions } from '../../api/briefing-books-queries';
import { LIBRARY_PAGE_SIZE, libraryFilters, librarySearchString, type LibrarySearch } from '../../api/library-search';
import { BookListItem } from './book-list-item';
import { searchTerms } from './highlight';

/**
 * One page of results. While the next search loads, the previous results stay on screen (dimmed,
 * with "Updating…" for screen readers), so typing never blanks the page.
 */
export function LibraryResults({ memberId, search }: { memberId: string; search: LibrarySearch }) {
  const query = useQuery({
    ...briefingBookListQueryOptions(libraryFilters(search)),
    placeholderData: keepPreviousData,
  });
  const href = (next: LibrarySearch) => paths.member.library.href(memberId, librarySearchString(next));

  if (query.isError && !query.data)
    return <QueryErrorFallback error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <SkeletonLines label="Searching the library" lines={6} />;

  const { items, total } = query.data;
  const updating = query.isPlaceholderData;
  const terms = searchTerms(search.q);
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-xl font-bold text-slate-900">
          {/* While the next search loads, the count is the previous search's: say "Searching" instead. */}
          {updating ? 'Searching' : total === 0 ? 'No results' : countOf(total, 'result', 'results')}
          {search.q.trim() && (
            <>
              {' '}
              <span className="font-normal text-slate-700">for “{search.q.trim()}”</span>
            </>
          )}
        </h2>
        <p role="status" className="text-[0.9375rem] text-slate-600">
          {updating ? 'Updating…' : ''}
        </p>
      </div>
      {total === 0 ? (
        <NoResults memberId={memberId} search={search} href={href} />
      ) : (
        <ul
          className={`mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white ${updating ? 'opacity-60' : ''}`}
        >
          {items.map((book) => (
            <BookListItem key={book.id} memberId={memberId} book={book} terms={terms} />
          ))}
        </ul>
      )}
      <Pagination
        page={search.page}
        pageSize={LIBRARY_PAGE_SIZE}
        total={total}
        hrefFor={(page) => href({ ...search, page })}
        label="Library pages"
      />
      {query.isError && (
        <div className="mt-4">
          <QueryErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      )}
    </section>
  );
}

/** An empty result that says what was looked for and offers the nearest way out. */
function NoResults({
  search,
  href,
}: {
  memberId: string;
  search: LibrarySearch;
  href: (next: LibrarySearch) => string;
}) {
  const narrowed = search.year !== undefined || search.policyArea || search.meetingId;
  const what = search.q.trim() ? `“${search.q.trim()}”` : 'these filters';
  return (
    <div className="mt-3 rounded-lg border border-slate-200 bg-white p-5">
      <p className="text-slate-800">
        Nothing in the library matches {what}
        {search.year !== undefined && ` in ${search.year}`}.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-700">
        {search.year !== undefined && (
          <li>
            <TextLink to={href({ ...search, year: undefined, page: 1 })}>Search all years</TextLink>
          </li>
        )}
        {narrowed && (
          <li>
            <TextLink to={href({ q: search.q, page: 1 })}>Search without filters</TextLink>
          </li>
        )}
        {search.q.trim() && <li>Try fewer or more general words: every word must appear.</li>}
      </ul>
    </div>
  );
}
