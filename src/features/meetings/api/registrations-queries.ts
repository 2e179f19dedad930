import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { endpoints } from '@/api/contracts/endpoints';

/** All of a city's registrations, across meetings. */
export function registrationListQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['registrations', 'list', memberId],
    queryFn: ({ signal }) => apiRequest(endpoints.listRegistrations, { params: { memberId }, signal }),
  });
}
