import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { DelegationCreateBody, DelegationUpdateBody } from '@/api/contracts/delegations';
import { useIdempotencyKey } from '@/api/idempotency-key';

function useRefreshAccess() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['access'] });
}

/**
 * Lets a staff member act for the mayor. A retry of the same invitation (a timeout, a double
 * click) reuses the Idempotency-Key, so it never creates two grants.
 */
export function useCreateDelegation(memberId: string) {
  const refresh = useRefreshAccess();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: DelegationCreateBody, { client }) =>
      apiRequest('createDelegation', { params: { memberId }, body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: () => {
      idempotency.reset();
      return refresh();
    },
  });
}

/** Changes a delegate's areas and end date; it holds from their next request. */
export function useUpdateDelegation(delegationId: string) {
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (body: DelegationUpdateBody, { client }) =>
      apiRequest('updateDelegation', { params: { delegationId }, body, client }),
    onSuccess: () => refresh(),
  });
}

/** Takes a delegate's access away; their very next request is refused. */
export function useRevokeDelegation(delegationId: string) {
  const refresh = useRefreshAccess();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('revokeDelegation', { params: { delegationId }, client }),
    onSuccess: () => refresh(),
  });
}
