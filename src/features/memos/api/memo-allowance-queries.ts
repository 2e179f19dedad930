import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** Under ['memos', …] so that submitting or withdrawing a memo request refreshes the allowance too. */
export function memoAllowanceQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['memos', 'allowance', memberId],
    queryFn: ({ signal, client }) => apiRequest('getMemoAllowance', { params: { memberId }, signal, client }),
  });
}
