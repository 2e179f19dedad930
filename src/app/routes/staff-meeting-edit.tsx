import { useParams } from 'react-router';
import { StaffMeetingEditPage } from '@/features/staff-work/components/meetings/staff-meeting-edit-page';
import { staffMeetingQueryOptions } from '@/features/staff-work/api/staff-meeting-queries';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffMeetingQueryOptions(params.meetingId ?? ''));
    return null;
  };

export function Component() {
  const { meetingId = '' } = useParams();
  return <StaffMeetingEditPage meetingId={meetingId} />;
}
