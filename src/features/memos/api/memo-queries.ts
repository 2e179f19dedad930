import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** The city's memo requests, all membership years, newest first. */
export function memoRequestListQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['memos', 'list', memberId],
    queryFn: ({ signal }) => apiRequest('listMemoRequests', { params: { memberId }, signal }),
  });
}

/** One request with its timeline and, once delivered, the memo itself. */
export function memoRequestQueryOptions(memoRequestId: string) {
  return queryOptions({
    queryKey: ['memos', 'detail', memoRequestId],
    queryFn: ({ signal }) => apiRequest('getMemoRequest', { params: { memoRequestId }, signal }),
  });
}

/** The policy areas a memo can be about; they change rarely. */
export function policyAreaListQueryOptions() {
  return queryOptions({
    queryKey: ['policy-areas'],
    queryFn: ({ signal }) => apiRequest('listPolicyAreas', { signal }),
    staleTime: 60 * 60_000,
  });
}
