import { useParams } from 'react-router';
import {
  meetingAttendeesQueryOptions,
  staffMeetingQueryOptions,
} from '@/features/staff-work/api/staff-meeting-queries';
import { StaffMeetingPage } from '@/features/staff-work/components/meetings/staff-meeting-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const meetingId = params.meetingId ?? '';
    await Promise.all([
      queryClient.query(staffMeetingQueryOptions(meetingId)),
      queryClient.query(meetingAttendeesQueryOptions(meetingId)),
    ]);
    return null;
  };

export function Component() {
  const { meetingId = '' } = useParams();
  return <StaffMeetingPage meetingId={meetingId} />;
}
