import { isRouteErrorResponse, useParams, useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { meetingQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { MeetingPage } from '@/features/meetings/components/meeting-page';
import type { ClientLoader } from '../route-module';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    const meetingId = params.meetingId ?? '';
    // An invite-only meeting the city isn't invited to answers 404: the ErrorBoundary says so.
    await Promise.all([
      queryClient.query(meetingQueryOptions(memberId, meetingId)),
      queryClient.query(registrationListQueryOptions(memberId)),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { meetingId = '' } = useParams();
  return <MeetingPage memberId={memberId} meetingId={meetingId} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const memberId = useMemberId();
  const status = isApiError(error) || isRouteErrorResponse(error) ? error.status : null;
  if (status !== 404) return <RouteErrorContent error={error} />;
  return (
    <div className="max-w-2xl">
      <PageHeading>Meeting not found</PageHeading>
      <p className="mt-4 text-lg text-slate-700">
        There is no such meeting, or it is an invite-only meeting your city was not invited to.
      </p>
      <p className="mt-6">
        <TextLink to={paths.member.meetings.href(memberId)}>See all meetings</TextLink>
      </p>
    </div>
  );
}
