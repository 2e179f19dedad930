import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { meetingListFilters, parseMeetingListSearch } from '@/features/meetings/api/meeting-list-search';
import { meetingListQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { MeetingList } from '@/features/meetings/components/meeting-list';
import { MeetingListFiltersForm } from '@/features/meetings/components/meeting-list-filters';
import { MeetingListTabs } from '@/features/meetings/components/meeting-list-tabs';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request, params }) => {
    const memberId = params.memberId ?? '';
    const search = parseMeetingListSearch(new URL(request.url).searchParams);
    // Both at once; a failure lands in the route's error boundary, with "Try again".
    await Promise.all([
      queryClient.query(meetingListQueryOptions(meetingListFilters(memberId, search))),
      queryClient.query(registrationListQueryOptions(memberId)),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const [searchParams] = useSearchParams();
  const search = parseMeetingListSearch(searchParams);
  return (
    <>
      <PageHeading documentTitle={search.when === 'past' ? 'Past meetings' : 'Upcoming meetings'}>Meetings</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        The Winter and Summer Meetings, and the invite-only convenings your city is invited to.
      </p>
      <MeetingListTabs memberId={memberId} search={search} />
      <MeetingListFiltersForm key={searchParams.toString()} memberId={memberId} search={search} />
      <MeetingList memberId={memberId} search={search} />
    </>
  );
}
