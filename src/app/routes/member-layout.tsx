import { memo } from 'react';
import { Outlet, redirect, useRouteError } from 'react-router';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { PageMain } from '@/components/layout/page-main';
import { paths } from '@/config/paths';
import { requireSession } from '@/features/session/api/require-session';
import { ActingForBar } from '@/features/session/components/acting-for-bar';
import type { ClientLoader } from '../route-module';
import { MemberBar } from '../shell/member-bar';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request, params }) => {
    const memberId = params.memberId ?? '';
    // Both requests start now; the session decides first (a 401 means "sign in", not "not found").
    const overview = queryClient.query({ ...overviewQueryOptions(memberId), staleTime: 'static' });
    overview.catch(() => undefined);
    const session = await requireSession(queryClient, request);
    if (session.person.role === 'prospective' && session.ownMemberId === memberId) throw redirect(paths.welcome.href());
    await overview; // a 403/404 from the API lands in the ErrorBoundary below
    return null;
  };

// Same city, same bars: a navigation within the hub (a search typed in the library) skips them.
const CityBar = memo(MemberBar);
const DelegateBar = memo(ActingForBar);

/** Every page of one member's hub: the city and its status, the delegate's bar, the page. */
export function Component() {
  const memberId = useMemberId();
  return (
    <>
      <CityBar memberId={memberId} />
      <DelegateBar memberId={memberId} />
      <PageMain>
        <Outlet />
      </PageMain>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <PageMain>
      <RouteErrorContent error={useRouteError()} />
    </PageMain>
  );
}
