import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { TrackId } from '@/api/contracts/tracks';
import { personTracksQueryOptions } from './tracks-queries';

/** Joins or leaves a track for the mayor; the answer is the mayor's tracks as this viewer sees them. */
export function useTrackMembership(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ trackId, join }: { trackId: TrackId; join: boolean }, { client }) =>
      join
        ? apiRequest('joinTrack', { params: { personId, trackId }, client })
        : apiRequest('leaveTrack', { params: { personId, trackId }, client }),
    onSuccess: (tracks) => queryClient.setQueryData(personTracksQueryOptions(personId).queryKey, tracks),
  });
}
