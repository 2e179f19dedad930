import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** The city's memo requests, all membership years, newest first. */
export function memoRequestListQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['memos', 'list', memberId],
    queryFn: ({ signal, client }) => apiRequest('listMemoRequests', { params: { memberId }, signal, client }),
  });
}

/** One request with its timeline and, once delivered, the memo itself. */
export function memoRequestQueryOptions(memoRequestId: string) {
  return queryOptions({
    queryKey: ['memos', 'detail', memoRequestId],
    queryFn: ({ signal, client }) => apiRequest('getMemoRequest', { params: { memoRequestId }, signal, client }),
  });
}
