import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { endpoints } from '@/api/contracts/endpoints';

/** Under ['memos', …] so that submitting or withdrawing a memo request refreshes the allowance too. */
export function memoAllowanceQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['memos', 'allowance', memberId],
    queryFn: ({ signal }) => apiRequest(endpoints.getMemoAllowance, { params: { memberId }, signal }),
  });
}
