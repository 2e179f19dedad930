import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

/** A meeting that does not exist, or is invite-only and not for this city, is "not found"; other errors as usual. */
export function MeetingErrorBoundary() {
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
