import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { EmailPreferences } from '@/api/contracts/network';
import { directoryListingQueryOptions, emailPreferencesQueryOptions } from './network-queries';

export function useUpdateEmailPreferences(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: EmailPreferences, { client }) =>
      apiRequest('updateEmailPreferences', { params: { personId }, body: preferences, client }),
    onSuccess: (saved) => queryClient.setQueryData(emailPreferencesQueryOptions(personId).queryKey, saved),
  });
}

/** Lists or unlists the person; the directory's pages are refreshed, since they now differ. */
export function useUpdateDirectoryListing(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listed: boolean, { client }) =>
      apiRequest('updateDirectoryListing', { params: { personId }, body: { listed }, client }),
    onSuccess: async (listing) => {
      queryClient.setQueryData(directoryListingQueryOptions(personId).queryKey, listing);
      await queryClient.invalidateQueries({ queryKey: ['network', 'directory'] });
    },
  });
}
