import { useSearchParams, type ShouldRevalidateFunction } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import {
  briefingBookListQueryOptions,
  meetingsWithBooksQueryOptions,
} from '@/features/briefing-books/api/briefing-books-queries';
import { libraryFilters, parseLibrarySearch } from '@/features/briefing-books/api/library-search';
import { LibraryResults } from '@/features/briefing-books/components/library/library-results';
import { LibrarySearchForm } from '@/features/briefing-books/components/library/library-search-form';
import { LibraryTabs } from '@/features/briefing-books/components/library/library-tabs';
import { useLibrarySearch } from '@/features/briefing-books/components/library/use-library-search';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request, params }) => {
    const memberId = params.memberId ?? '';
    const search = parseLibrarySearch(new URL(request.url).searchParams);
    // The filters' options may arrive a moment later; the results are what the page waits for, so
    // it never opens empty.
    void prefetch(queryClient.query(policyAreaListQueryOptions()));
    void prefetch(queryClient.query(meetingsWithBooksQueryOptions(memberId)));
    await prefetch(queryClient.query(briefingBookListQueryOptions(libraryFilters(search))));
    return null;
  };

/**
 * A new search from the library itself (a filter, a sort, a page, Back) does not run the loader, so
 * it does not hold the navigation: the URL and the form change at once, the previous results stay
 * (`keepPreviousData`), and only the results re-render when the answer arrives. A held navigation
 * re-rendered the whole page after the answer, most of the time from a choice to its results on a
 * slow phone (decisions 008 and 012). Another city's library is another page, and loads as one.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;

export function Component() {
  const memberId = useMemberId();
  const [searchParams] = useSearchParams();
  const { search, choose, type, resultsShown } = useLibrarySearch(memberId, parseLibrarySearch(searchParams));
  return (
    <>
      <PageHeading documentTitle={search.q ? `Library: ${search.q}` : 'Library'}>Library</PageHeading>
      {/* Not on a phone, where the first screen is for the search and its first results. */}
      <p className="mt-2 hidden max-w-3xl text-lg text-slate-700 sm:block">
        Briefing books from MIP's meetings, and policy resources: model ordinances, case studies and webinar notes.
      </p>
      <LibraryTabs memberId={memberId} current="all" />
      <LibrarySearchForm memberId={memberId} search={search} onType={type} onChoose={choose} />
      <LibraryResults memberId={memberId} search={search} onShown={resultsShown} />
    </>
  );
}
