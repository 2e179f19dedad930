import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/**
 * A member city, its membership status and its action list. Shared: the member layout shows the
 * status on every page, and the dashboard and welcome widgets read the same entry.
 */
export function overviewQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['overview', memberId],
    queryFn: ({ signal, client }) => apiRequest('getOverview', { params: { memberId }, signal, client }),
  });
}

export function useOverview(memberId: string) {
  return useSuspenseQuery(overviewQueryOptions(memberId)).data;
}
