import { Outlet, useRouteError } from 'react-router';
import { useForgetOnArrival } from '@/api/queries/forget-on-arrival';
import { NavigationProgress } from '@/components/layout/navigation-progress';
import { OfflineNotice } from '@/components/layout/offline-notice';
import { RouteFocus } from '@/components/layout/route-focus';
import { SiteHeader } from '@/components/layout/site-header';
import { ReauthenticateDialog } from '@/features/session/components/reauthenticate-dialog';
import { PageMain } from '@/components/layout/page-main';
import { RouteErrorContent } from '../shell/route-error-content';

/**
 * Around every page: the loading bar, focus on arrival, the sign-in-again dialog, the offline
 * notice, and forgetting data that a sign-out or the end of a preview asked to forget.
 */
export function Component() {
  useForgetOnArrival();
  return (
    <>
      <NavigationProgress />
      <RouteFocus />
      <Outlet />
      <ReauthenticateDialog />
      <OfflineNotice />
    </>
  );
}

/**
 * The last resort: whatever failed, the person gets words and a way on, never a white screen.
 * Deliberately plain (no footer controls), since it must work when little else does.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <PageMain>
        <RouteErrorContent error={error} />
      </PageMain>
    </div>
  );
}

/** Shown while the first page's data loads: the frame of the app, so the page doesn't flash white. */
export function HydrateFallback() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <div role="status" className="mx-auto w-full max-w-6xl px-4 py-10 text-slate-600 sm:px-6">
        Loading…
      </div>
    </div>
  );
}
