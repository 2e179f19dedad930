import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export function trackListQueryOptions() {
  return queryOptions({
    queryKey: ['tracks', 'list'],
    queryFn: ({ signal }) => apiRequest('listTracks', { signal }),
    staleTime: 60 * 60_000, // the programmes change a few times a decade
  });
}

/** The tracks a person has joined, as far as the viewer may see (identity tracks stay private). */
export function personTracksQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['tracks', 'person', personId],
    queryFn: ({ signal }) => apiRequest('getPersonTracks', { params: { personId }, signal }),
  });
}
