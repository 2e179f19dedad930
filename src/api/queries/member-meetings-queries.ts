import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/**
 * Every meeting the city can see, past and upcoming, in one request. Several pages pick from it
 * (the library's meeting filter, a track's meetings) with `select`, so they share one cache entry
 * instead of each asking for the same list.
 */
export function memberMeetingsQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['meetings', 'all', memberId],
    queryFn: ({ signal, client }) =>
      apiRequest('listMeetings', { query: { memberId, when: 'all', pageSize: 100 }, signal, client }),
  });
}
