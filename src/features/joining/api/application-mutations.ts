import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { ApplicationBody } from '@/api/contracts/joining';
import { useIdempotencyKey } from '@/api/idempotency-key';

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
