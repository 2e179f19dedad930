import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { parseStaffMeetingSearch, staffMeetingListQueryOptions } from '@/features/staff-work/api/staff-meeting-queries';
import { StaffMeetingList } from '@/features/staff-work/components/meetings/staff-meeting-list';
import { useSession } from '@/api/queries/session-queries';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.query(staffMeetingListQueryOptions(parseStaffMeetingSearch(new URL(request.url).searchParams)));
    return null;
  };

/** Every meeting for MIP's programs staff: upcoming, past and canceled, and a way to add one. */
export function Component() {
  const [searchParams] = useSearchParams();
  const previewing = useSession().preview !== null;
  return (
    <>
      <PageHeading documentTitle="Meetings">Meetings</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        The Summer and Winter Meetings and every invite-only convening: their dates, seats, invited cities and who's
        coming.
      </p>
      {!previewing && (
        <p className="mt-4">
          <TextLink to={paths.staff.meetingNew.href()}>Create a meeting</TextLink>
        </p>
      )}
      <StaffMeetingList search={parseStaffMeetingSearch(searchParams)} />
    </>
  );
}
