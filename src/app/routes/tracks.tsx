import { overviewQueryOptions, useOverview } from '@/api/queries/overview-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { personTracksQueryOptions, trackListQueryOptions } from '@/features/tracks/api/tracks-queries';
import { TrackList } from '@/features/tracks/components/track-list';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const overview = await queryClient.query({ ...overviewQueryOptions(params.memberId ?? ''), staleTime: 'static' });
    await Promise.all([
      queryClient.query(trackListQueryOptions()),
      queryClient.query(personTracksQueryOptions(overview.member.mayor.id)),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { member } = useOverview(memberId);
  return (
    <>
      <PageHeading>Tracks</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Programs within the network for mayors with something in common: peers, invitations and resources.
      </p>
      <TrackList memberId={memberId} mayorId={member.mayor.id} />
    </>
  );
}
