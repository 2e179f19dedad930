import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { MemoRequestBody, MemoRequestDetail } from '@/api/contracts/memos';
import { useIdempotencyKey } from '@/api/idempotency-key';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { memoRequestQueryOptions } from './memo-queries';

/**
 * Every memo query lives under ['memos', …]: a request, a withdrawal or a refusal for lack of
 * allowance refreshes the allowance, the list and the request pages together, and the dashboard's
 * action list with them.
 */
function useRefreshMemos(memberId: string) {
  const queryClient = useQueryClient();
  return (detail?: MemoRequestDetail) => {
    if (detail) queryClient.setQueryData(memoRequestQueryOptions(detail.id).queryKey, detail);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: ['memos'] }),
      queryClient.invalidateQueries({ queryKey: overviewQueryOptions(memberId).queryKey }),
    ]);
  };
}

/** Sends a memo request; the same answers sent again (a retry) reuse the Idempotency-Key. */
export function useCreateMemoRequest(memberId: string) {
  const refresh = useRefreshMemos(memberId);
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: MemoRequestBody, { client }) =>
      apiRequest('createMemoRequest', { params: { memberId }, body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: (detail) => {
      idempotency.reset();
      return refresh(detail);
    },
    // Refused for lack of allowance (another tab, a colleague): the counts on screen must catch up.
    onError: () => refresh(),
  });
}

export function useWithdrawMemoRequest(memberId: string) {
  const refresh = useRefreshMemos(memberId);
  return useMutation({
    mutationFn: (memoRequestId: string, { client }) =>
      apiRequest('withdrawMemoRequest', { params: { memoRequestId }, client }),
    onSuccess: (detail) => refresh(detail),
  });
}

export function useUpdateMemoPublication(memberId: string) {
  const refresh = useRefreshMemos(memberId);
  return useMutation({
    mutationFn: (
      { memoRequestId, publishDeidentified }: { memoRequestId: string; publishDeidentified: boolean },
      { client },
    ) => apiRequest('updateMemoPublication', { params: { memoRequestId }, body: { publishDeidentified }, client }),
    onSuccess: (detail) => refresh(detail),
  });
}
