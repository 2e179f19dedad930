import { useParams } from 'react-router';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { meetingQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { RegisterPage } from '@/features/meetings/components/registration/register-page';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    const meetingId = params.meetingId ?? '';
    // The meeting (404 when not invited), who is already registered (the mayor comes first only if
    // not), and the mayor's name for the first person on the form.
    await Promise.all([
      queryClient.query(meetingQueryOptions(memberId, meetingId)),
      queryClient.query(registrationListQueryOptions(memberId)),
      queryClient.query({ ...overviewQueryOptions(memberId), staleTime: 'static' }),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { meetingId = '' } = useParams();
  return <RegisterPage memberId={memberId} meetingId={meetingId} />;
}

export { MeetingErrorBoundary as ErrorBoundary } from './not-found-boundaries';
