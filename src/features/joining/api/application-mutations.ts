import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { ApplicationAnswerBody, ApplicationBody } from '@/api/contracts/joining';
import { useIdempotencyKey } from '@/api/idempotency-key';
import { applicationQueryOptions } from './joining-queries';

/**
 * Sends the application. The same answers sent again (a retry after a failure or a timeout)
 * reuse the Idempotency-Key, so MIP gets one application and the city one account.
 */
export function useCreateApplication() {
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: ApplicationBody, { client }) =>
      apiRequest('createApplication', { body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: () => idempotency.reset(),
  });
}

/**
 * The applicant answers MIP's question about the application; their views of it (the welcome page's
 * application and actions) are read again.
 */
export function useAnswerApplicationQuestion(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationAnswerBody, { client }) =>
      apiRequest('answerApplicationQuestion', { params: { memberId }, body, client }),
    onSuccess: (application) => {
      queryClient.setQueryData(applicationQueryOptions(memberId).queryKey, application);
      return queryClient.invalidateQueries({ queryKey: ['overview', memberId] });
    },
  });
}
