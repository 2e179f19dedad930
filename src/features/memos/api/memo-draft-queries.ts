import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { MemoDraftBody } from '@/api/contracts/memos';

/**
 * The signed-in person's unsent memo request for the city, as the account keeps it. Read when the
 * form opens; saving and discarding keep this entry current, so it is never read again in between
 * (and signing out empties the cache with everything else).
 */
export function memoDraftQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['memo-draft', memberId],
    queryFn: ({ signal, client }) => apiRequest('getMemoDraft', { params: { memberId }, signal, client }),
    staleTime: Infinity,
  });
}

export function useSaveMemoDraft(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemoDraftBody, { client }) =>
      apiRequest('saveMemoDraft', { params: { memberId }, body, client }),
    onSuccess: (draft) => queryClient.setQueryData(memoDraftQueryOptions(memberId).queryKey, draft),
  });
}

export function useDeleteMemoDraft(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('deleteMemoDraft', { params: { memberId }, client: queryClient }),
    onSuccess: () => queryClient.setQueryData(memoDraftQueryOptions(memberId).queryKey, null),
  });
}
