import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const staffMemoQueryKey = (memoRequestId: string) => ['staff-work', 'memo-request', memoRequestId] as const;

/** One memo request as MIP's policy staff work it. */
export function staffMemoRequestQueryOptions(memoRequestId: string) {
  return queryOptions({
    queryKey: staffMemoQueryKey(memoRequestId),
    queryFn: ({ signal, client }) => apiRequest('getStaffMemoRequest', { params: { memoRequestId }, signal, client }),
  });
}
