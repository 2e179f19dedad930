import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { sessionQueryKey } from '@/api/queries/session-queries';

/**
 * "Stay signed in": one `GET /session`, which slides the session's idle window like any request,
 * asked for by the person rather than sent on their behalf. If the session has already ended, the
 * answer is a 401 and the fetch client opens the sign-in-again dialog, then asks once more.
 * A mutation, not a refetch, so its failure stays in the warning instead of becoming a toast.
 */
export function useStaySignedIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('getSession', { client: queryClient }),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
