import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { BookStatus } from '@/api/contracts/staff-library';

export const STAFF_BOOK_PAGE_SIZE = 20;

/** The library list's tabs: everything, drafts only, published only. */
export type StaffBookView = 'all' | BookStatus;
export const STAFF_BOOK_VIEWS: readonly StaffBookView[] = ['all', 'draft', 'published'];

/** The list's choices as they live in the URL: `?view=draft&q=heat&page=2`; all is the default. */
export interface StaffBookSearch {
  view: StaffBookView;
  q: string;
  page: number;
}

/** Read leniently: a value that makes no sense is ignored, not an error page. */
export function parseStaffBookSearch(params: URLSearchParams): StaffBookSearch {
  const page = Number(params.get('page'));
  return {
    view: STAFF_BOOK_VIEWS.find((v) => v === params.get('view')) ?? 'all',
    q: (params.get('q') ?? '').trim().slice(0, 200),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Defaults are left out, so a shared link stays short. */
export function staffBookSearchString({ view, q, page }: StaffBookSearch): string {
  const params = new URLSearchParams();
  if (view !== 'all') params.set('view', view);
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
