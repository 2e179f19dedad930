import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { bookmarkListQueryOptions } from './briefing-books-queries';

/** Saves or unsaves a book for the signed-in person; the saved list refreshes after either. */
export function useToggleBookmark(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bookId, save }: { bookId: string; save: boolean }, { client }) =>
      save
        ? apiRequest('addBookmark', { params: { personId, bookId }, client })
        : apiRequest('removeBookmark', { params: { personId, bookId }, client }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bookmarkListQueryOptions(personId).queryKey }),
  });
}
