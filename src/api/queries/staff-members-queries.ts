import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** Every member and prospective city, for MIP staff. */
export function staffMembersQueryOptions() {
  return queryOptions({
    queryKey: ['staff-members', 'list'],
    queryFn: ({ signal, client }) => apiRequest('listStaffMembers', { signal, client }),
  });
}
