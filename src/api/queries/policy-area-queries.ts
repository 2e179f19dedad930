import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** The policy areas used by memos, the library and the directory; they change rarely. */
export function policyAreaListQueryOptions() {
  return queryOptions({
    queryKey: ['policy-areas'],
    queryFn: ({ signal, client }) => apiRequest('listPolicyAreas', { signal, client }),
    staleTime: 60 * 60_000,
  });
}
