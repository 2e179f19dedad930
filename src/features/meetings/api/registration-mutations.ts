import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { RegistrationCreateBody, RegistrationNeeds } from '@/api/contracts/meetings';
import { useIdempotencyKey } from '@/api/idempotency-key';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { registrationListQueryOptions } from './registrations-queries';

/**
 * After any registration change: the city's registrations, every meeting's seat count (lists and
 * pages) and the dashboard's action list are stale.
 */
function invalidateAfterRegistrationChange(queryClient: QueryClient, memberId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: registrationListQueryOptions(memberId).queryKey }),
    queryClient.invalidateQueries({ queryKey: ['meetings'] }),
    queryClient.invalidateQueries({ queryKey: overviewQueryOptions(memberId).queryKey }),
  ]);
}

/** Registers people for a meeting; a repeated submit of the same people reuses its Idempotency-Key. */
export function useCreateRegistrations(memberId: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: RegistrationCreateBody, { client }) =>
      apiRequest('createRegistrations', {
        params: { memberId },
        body,
        idempotencyKey: idempotency.keyFor(body),
        client,
      }),
    onSuccess: async () => {
      idempotency.reset();
      await invalidateAfterRegistrationChange(queryClient, memberId);
    },
  });
}

export function useUpdateRegistration(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, needs }: { registrationId: string; needs: RegistrationNeeds }, { client }) =>
      apiRequest('updateRegistration', { params: { registrationId }, body: needs, client }),
    onSuccess: () => invalidateAfterRegistrationChange(queryClient, memberId),
  });
}

export function useCancelRegistration(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string, { client }) =>
      apiRequest('cancelRegistration', { params: { registrationId }, client }),
    onSuccess: () => invalidateAfterRegistrationChange(queryClient, memberId),
  });
}
