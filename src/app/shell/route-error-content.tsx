import { isRouteErrorResponse, useParams, useRevalidator } from 'react-router';
import { describeError, isApiError } from '@/api/api-error';
import { ACCESS_ENDED_CODES } from '@/api/session-hooks';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { AccessEndedNotice } from '@/features/session/components/access-ended-notice';

function statusOf(error: unknown): number | null {
  if (isApiError(error)) return error.status;
  if (isRouteErrorResponse(error)) return error.status;
  return null;
}

/** What a route shows when its data can't be had: not found, not allowed, or failed (with a retry). */
export function RouteErrorContent({ error }: { error: unknown }) {
  const revalidator = useRevalidator();
  const { memberId } = useParams();
  const status = statusOf(error);
  const home = (
    <p className="mt-6">
      <TextLink to={paths.home.href()}>Go to your home page</TextLink>
    </p>
  );

  if (status === 404) {
    return (
      <div className="max-w-2xl">
        <PageHeading>Page not found</PageHeading>
        <p className="mt-4 text-lg text-slate-700">
          We couldn't find this page, or it isn't available to your account. If you typed the address, check it is
          correct.
        </p>
        {home}
      </div>
    );
  }
  if (isApiError(error) && ACCESS_ENDED_CODES.has(error.code)) {
    // Within a mayor's hub: the delegate's notice, which names the mayor and the way on.
    if (memberId) return <AccessEndedNotice memberId={memberId} />;
    return (
      <div className="max-w-2xl">
        <PageHeading>
          {error.code === 'delegation_expired' ? 'Your access has ended' : 'Your access was revoked'}
        </PageHeading>
        <p className="mt-4 text-lg text-slate-700">{error.message}</p>
        {home}
      </div>
    );
  }
  if (status === 403) {
    return (
      <div className="max-w-2xl">
        <PageHeading>You don't have access to this page</PageHeading>
        <p className="mt-4 text-lg text-slate-700">{describeError(error)}</p>
        {home}
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <PageHeading>This page couldn't be loaded</PageHeading>
      <Alert tone="danger" role="alert" className="mt-6">
        <p>{describeError(error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          pending={revalidator.state === 'loading'}
          onClick={() => void revalidator.revalidate()}
        >
          Try again
        </Button>
      </Alert>
      {home}
    </div>
  );
}
