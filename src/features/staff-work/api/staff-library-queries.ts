import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { BookStatus } from '@/api/contracts/staff-library';
import { viewPageSearch, type ViewPageSearch } from '@/lib/view-page-search';

export const STAFF_BOOK_PAGE_SIZE = 20;

/** The library list's tabs: everything, drafts only, published only. */
export type StaffBookView = 'all' | BookStatus;
export const STAFF_BOOK_VIEWS: readonly StaffBookView[] = ['all', 'draft', 'published'];

const search = viewPageSearch(STAFF_BOOK_VIEWS, 'all');

/** The list's choices as they live in the URL: `?view=draft&q=heat&page=2`; all is the default. */
export type StaffBookSearch = Required<ViewPageSearch<StaffBookView>>;
export const parseStaffBookSearch = search.parse;
export const staffBookSearchString = search.toString;

/** Everything staff read about books starts with this key, so a change refreshes all of it. */
export const STAFF_BOOKS_KEY = ['staff-work', 'books'] as const;
export const staffBookQueryKey = (bookId: string) => [...STAFF_BOOKS_KEY, 'one', bookId] as const;

export function staffBookListQueryOptions({ view, q, page }: StaffBookSearch) {
  return queryOptions({
    queryKey: [...STAFF_BOOKS_KEY, 'list', view, q, page] as const,
    queryFn: ({ signal, client }) =>
      apiRequest('listStaffBooks', {
        query: {
          ...(view === 'all' ? {} : { status: view }),
          ...(q ? { q } : {}),
          page,
          pageSize: STAFF_BOOK_PAGE_SIZE,
        },
        signal,
        client,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One book as staff keep it, draft or published. */
export function staffBookQueryOptions(bookId: string) {
  return queryOptions({
    queryKey: staffBookQueryKey(bookId),
    queryFn: ({ signal, client }) => apiRequest('getStaffBook', { params: { bookId }, signal, client }),
  });
}
