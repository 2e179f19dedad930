import { useParams } from 'react-router';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import {
  personTracksQueryOptions,
  trackMeetingsQueryOptions,
  trackQueryOptions,
} from '@/features/tracks/api/tracks-queries';
import { TrackPage } from '@/features/tracks/components/track-page';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    const trackId = params.trackId ?? '';
    const overview = queryClient.query({ ...overviewQueryOptions(memberId), staleTime: 'static' });
    await Promise.all([
      queryClient.query(trackQueryOptions(trackId)),
      queryClient.query(trackMeetingsQueryOptions(memberId, trackId)),
      overview.then((o) => queryClient.query(personTracksQueryOptions(o.member.mayor.id))),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { trackId = '' } = useParams();
  return <TrackPage memberId={memberId} trackId={trackId} />;
}

export { TrackErrorBoundary as ErrorBoundary } from './not-found-boundaries';
