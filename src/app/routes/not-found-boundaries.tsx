import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

export interface NotFoundContentProps {
  title: string;
  explanation: string;
  backTo: string;
  backLabel: string;
}

/** A 404 from the route's loader as a page that says what wasn't found and where to go; other errors as usual. */
export function NotFoundOr({ title, explanation, backTo, backLabel }: NotFoundContentProps) {
  const error = useRouteError();
  const status = isApiError(error) || isRouteErrorResponse(error) ? error.status : null;
  if (status !== 404) return <RouteErrorContent error={error} />;
  return (
    <div className="max-w-2xl">
      <PageHeading>{title}</PageHeading>
      <p className="mt-4 text-lg text-slate-700">{explanation}</p>
      <p className="mt-6">
        <TextLink to={backTo}>{backLabel}</TextLink>
      </p>
    </div>
  );
}

/** A meeting that does not exist, or is invite-only and not for this city. */
export function MeetingErrorBoundary() {
  const memberId = useMemberId();
  return (
    <NotFoundOr
      title="Meeting not found"
      explanation="There is no such meeting, or it is an invite-only meeting your city was not invited to."
      backTo={paths.member.meetings.href(memberId)}
      backLabel="See all meetings"
    />
  );
}

/** A memo request that does not exist, or belongs to another city. */
export function MemoErrorBoundary() {
  const memberId = useMemberId();
  return (
    <NotFoundOr
      title="Memo request not found"
      explanation="There is no such memo request for your city. It may have been mistyped, or belong to another city."
      backTo={paths.member.memos.href(memberId)}
      backLabel="See all policy memos"
    />
  );
}

/** A library item that does not exist (a mistyped or outdated link). */
export function BookErrorBoundary() {
  const memberId = useMemberId();
  return (
    <NotFoundOr
      title="Not in the library"
      explanation="There is no such briefing book or resource. The link may be mistyped or out of date."
      backTo={paths.member.library.href(memberId)}
      backLabel="Search the library"
    />
  );
}

/** A track that does not exist. */
export function TrackErrorBoundary() {
  const memberId = useMemberId();
  return (
    <NotFoundOr
      title="Track not found"
      explanation="There is no such track. The link may be mistyped or out of date."
      backTo={paths.member.tracks.href(memberId)}
      backLabel="See all tracks"
    />
  );
}
