import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { memberMeetingsQueryOptions } from '@/api/queries/member-meetings-queries';

export function trackListQueryOptions() {
  return queryOptions({
    queryKey: ['tracks', 'list'],
    queryFn: ({ signal, client }) => apiRequest('listTracks', { signal, client }),
    staleTime: 60 * 60_000, // the programmes change a few times a decade
  });
}

/** The tracks a person has joined, as far as the viewer may see (identity tracks stay private). */
export function personTracksQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['tracks', 'person', personId],
    queryFn: ({ signal, client }) => apiRequest('getPersonTracks', { params: { personId }, signal, client }),
  });
}

/** One track's page: who it is for, what it offers, what joining means, its resources. */
export function trackQueryOptions(trackId: string) {
  return queryOptions({
    queryKey: ['tracks', 'detail', trackId],
    queryFn: ({ signal, client }) => apiRequest('getTrack', { params: { trackId }, signal, client }),
    staleTime: 60 * 60_000,
  });
}

/** The city's meetings that belong to a track (invite-only track meetings show in Meetings too). */
export function trackMeetingsQueryOptions(memberId: string, trackId: string) {
  return queryOptions({
    ...memberMeetingsQueryOptions(memberId),
    select: (page) => page.items.filter((m) => m.trackId === trackId),
  });
}
