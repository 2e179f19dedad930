import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BriefingBookSummary } from '@/api/contracts/briefing-books';
import { Pagination } from '@/components/ui/pagination';
import { QueryErrorFallback } from '@/components/ui/query-error-fallback';
import { SkeletonLines } from '@/components/ui/skeleton';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { countOf } from '@/lib/format';
import { useAfterDelay } from '@/lib/use-after-delay';
import { useFirstRowsFirst } from '@/lib/use-first-rows-first';
import { briefingBookListQueryOptions } from '../../api/briefing-books-queries';
import {
  LIBRARY_PAGE_SIZE,
  libraryFilters,
  librarySearchString,
  openedFromLibrary,
  type LibrarySearch,
} from '../../api/library-search';
import { BookList } from './book-list';
import { BookListItem } from './book-list-item';
import { searchTerms } from './highlight';

/**
 * How long a search may take before the results say they are updating. Most answers come sooner,
 * and then nothing flashes: the new results simply replace the old (on a slow phone, a repaint
 * for a sign nobody has time to read also delays the results).
 */
export const SEARCHING_SIGN_DELAY_MS = 200;
/** Results that fill a phone's screen, and most desktops' below the search form. */
const FIRST_ROWS = 6;
const NO_BOOKS: readonly BriefingBookSummary[] = [];

/**
 * One page of results. While the next search loads, the previous results stay on screen as they
 * were, so typing never blanks the page; a search that takes a while dims them and says
 * "Searching for …" in a status region. Nothing else changes until the answer comes.
 */
export function LibraryResults({
  memberId,
  search,
  onShown,
}: {
  memberId: string;
  search: LibrarySearch;
  /** Called once this search's own results (not the previous ones), or its failure, are on screen. */
  onShown?: (search: LibrarySearch) => void;
}) {
  const query = useQuery({
    ...briefingBookListQueryOptions(libraryFilters(search)),
    placeholderData: keepPreviousData,
  });
  const href = (next: LibrarySearch) => paths.member.library.href(memberId, librarySearchString(next));
  const updating = query.isPlaceholderData;
  const slow = useAfterDelay(updating, SEARCHING_SIGN_DELAY_MS);
  const q = search.q.trim();
  const terms = useMemo(() => searchTerms(q), [q]);
  // The heading and the marked words are those of the results on screen: while the next search
  // loads, the previous results keep theirs (and are not re-rendered for words they were not found by).
  const [shown, setShown] = useState({ q, terms });
  if (!updating && shown.terms !== terms) setShown({ q, terms });
  // A search's outcome is told to screen readers once its results are in ("67 results for
  // “water”", a status message): the heading says it too, but nobody is told a heading changed.
  // Not on arrival, when the page itself is announced.
  const searchKey = librarySearchString(search);
  const [told, setTold] = useState({ key: searchKey, text: '' });
  if (!updating && query.data && told.key !== searchKey) {
    setTold({ key: searchKey, text: resultsSentence(query.data.total, q) });
  }
  const rows = useFirstRowsFirst(query.data?.items ?? NO_BOOKS, FIRST_ROWS);
  // Its own results, or its own failure (with a retry): either way this search is what is shown.
  const answered = !updating && (query.data !== undefined || query.isError);
  useEffect(() => {
    if (answered) onShown?.(search);
  }, [answered, search, onShown]);

  if (query.isError && !query.data)
    return <QueryErrorFallback error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <SkeletonLines label="Searching the library" lines={6} />;

  const { total } = query.data;
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-xl font-bold text-slate-900">
          {total === 0 ? 'No results' : countOf(total, 'result', 'results')}
          {shown.q && (
            <>
              {' '}
              <span className="font-normal text-slate-700">for “{shown.q}”</span>
            </>
          )}
        </h2>
        <p role="status" className="text-[0.9375rem] text-slate-600">
          {slow ? q ? `Searching for “${q}”…` : 'Searching…' : <span className="sr-only">{told.text}</span>}
        </p>
      </div>
      {total === 0 ? (
        <NoResults memberId={memberId} search={search} href={href} />
      ) : (
        <BookList
          openedFrom={openedFromLibrary(search)}
          // Its own layer (will-change), so dimming it is the compositor's work, not a repaint.
          className={`mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white will-change-[opacity] ${slow ? 'opacity-60' : ''}`}
        >
          {rows.map((book) => (
            <BookListItem key={book.id} memberId={memberId} book={book} terms={shown.terms} />
          ))}
        </BookList>
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

/** "67 results for “water”", "No results": what a search found, in one sentence. */
function resultsSentence(total: number, q: string): string {
  const found = total === 0 ? 'No results' : countOf(total, 'result', 'results');
  return q ? `${found} for “${q}”` : found;
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
