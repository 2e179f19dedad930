import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/**
 * The mayor's delegates and access history. Both live under ['access', …] so that inviting,
 * changing or revoking a delegate refreshes both at once.
 */
export function delegationsQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['access', 'delegations', memberId],
    queryFn: ({ signal, client }) => apiRequest('listDelegations', { params: { memberId }, signal, client }),
  });
}

/** Who acted for the mayor and who previewed their hub, newest first. */
export function accessLogQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['access', 'log', memberId],
    queryFn: ({ signal, client }) => apiRequest('getAccessLog', { params: { memberId }, signal, client }),
  });
}
