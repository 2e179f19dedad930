import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** All of a city's registrations, across meetings. */
export function registrationListQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['registrations', 'list', memberId],
    queryFn: ({ signal, client }) => apiRequest('listRegistrations', { params: { memberId }, signal, client }),
  });
}
