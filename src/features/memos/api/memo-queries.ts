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
