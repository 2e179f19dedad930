import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { memberMeetingsQueryOptions } from '@/api/queries/member-meetings-queries';

export interface BriefingBookFilters {
  q?: string;
  policyArea?: string;
  meetingId?: string;
  year?: number;
  sort?: 'relevance' | 'newest' | 'oldest' | 'title';
  page?: number;
  pageSize?: number;
}

/** One page of the library for a set of filters. */
export function briefingBookListQueryOptions(filters: BriefingBookFilters) {
  return queryOptions({
    queryKey: ['briefing-books', 'list', filters],
    queryFn: ({ signal, client }) => apiRequest('listBriefingBooks', { query: filters, signal, client }),
  });
}

export const RECENT_BRIEFING_BOOKS: BriefingBookFilters = { sort: 'newest', pageSize: 4 };

/** One book with its sections; links prefetch it on hover or focus so it opens at once. */
export function briefingBookQueryOptions(bookId: string) {
  return queryOptions({
    queryKey: ['briefing-books', 'detail', bookId],
    queryFn: ({ signal, client }) => apiRequest('getBriefingBook', { params: { bookId }, signal, client }),
    staleTime: 5 * 60_000,
  });
}

/** Starts loading a book a link points to (on hover or focus), so it opens at once. A failure is
 * fine here: the book page asks again and shows it there. */
export function prefetchBook(queryClient: QueryClient, bookId: string): void {
  queryClient.query(briefingBookQueryOptions(bookId)).catch(() => undefined);
}

/** The person's saved books (their own, whoever they act for). */
export function bookmarkListQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['briefing-books', 'bookmarks', personId],
    queryFn: ({ signal, client }) => apiRequest('listBookmarks', { params: { personId }, signal, client }),
  });
}

/** The meetings that have a briefing book, for the library's meeting filter. */
export function meetingsWithBooksQueryOptions(memberId: string) {
  return queryOptions({
    ...memberMeetingsQueryOptions(memberId),
    select: (page) => page.items.filter((m) => m.briefingBookId !== null),
  });
}
