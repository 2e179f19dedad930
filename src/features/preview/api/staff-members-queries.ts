import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { endpoints } from '@/api/contracts/endpoints';

/** Every member and prospective city, for MIP staff. */
export function staffMembersQueryOptions() {
  return queryOptions({
    queryKey: ['staff-members', 'list'],
    queryFn: ({ signal }) => apiRequest(endpoints.listStaffMembers, { signal }),
  });
}
