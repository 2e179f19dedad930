import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** One city's record as MIP's staff keep it. */
export const staffCityQueryKey = (memberId: string) => ['staff-work', 'cities', memberId] as const;

export function staffCityQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: staffCityQueryKey(memberId),
    queryFn: ({ signal, client }) => apiRequest('getStaffCity', { params: { memberId }, signal, client }),
  });
}
