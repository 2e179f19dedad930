import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

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
    queryFn: ({ signal }) => apiRequest('listBriefingBooks', { query: filters, signal }),
  });
}

export const RECENT_BRIEFING_BOOKS: BriefingBookFilters = { sort: 'newest', pageSize: 4 };
