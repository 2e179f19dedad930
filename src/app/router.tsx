import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { isApiError } from '@/api/api-error';
import { askSessionEarly } from '@/api/queries/session-asked-early';
import { paths } from '@/config/paths';
import { lazyRoute, routeWithEarlyLoader, type ClientLoader, type PageModule, type RouteModule } from './route-module';
import { clientLoader as dashboardLoader } from './routes/dashboard-loader';
import { clientLoader as homeLoader } from './routes/home';
import { clientLoader as memberLayoutLoader } from './routes/member-layout-loader';
import * as root from './routes/root';

/**
 * The app's routes, bound to one query cache. Exported for tests, which run the same routes in a
 * memory router. The root is eager (it frames every page); every page is its own chunk.
 */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = (load: () => Promise<RouteModule>) => lazyRoute(queryClient, load);
  const withEarlyLoader = (loader: ClientLoader, load?: () => Promise<PageModule>) =>
    routeWithEarlyLoader(queryClient, loader, load);
  return [
    {
      id: 'root',
      Component: root.Component,
      ErrorBoundary: root.ErrorBoundary,
      HydrateFallback: root.HydrateFallback,
      children: [
        { path: paths.signIn.pattern, lazy: lazy(() => import('./routes/sign-in')) },
        { path: paths.join.pattern, lazy: lazy(() => import('./routes/join')) },
        { path: paths.setUp.pattern, lazy: lazy(() => import('./routes/set-up')) },
        {
          id: 'signed-in',
          lazy: lazy(() => import('./routes/signed-in-layout')),
          children: [
            { index: true, ...withEarlyLoader(homeLoader) },
            { path: paths.actAs.pattern, lazy: lazy(() => import('./routes/act-as')) },
            {
              path: paths.staff.pattern,
              lazy: lazy(() => import('./routes/staff-layout')),
              children: [
                { index: true, lazy: lazy(() => import('./routes/staff-inbox')) },
                { path: paths.staff.members.pattern, lazy: lazy(() => import('./routes/staff-members')) },
                { path: paths.staff.city.pattern, lazy: lazy(() => import('./routes/staff-city')) },
                { path: paths.staff.memoRequest.pattern, lazy: lazy(() => import('./routes/staff-memo-request')) },
                { path: paths.staff.application.pattern, lazy: lazy(() => import('./routes/staff-application')) },
                { path: paths.staff.invoices.pattern, lazy: lazy(() => import('./routes/staff-invoices')) },
                { path: paths.staff.invoice.pattern, lazy: lazy(() => import('./routes/staff-invoice')) },
                { path: paths.staff.outbox.pattern, lazy: lazy(() => import('./routes/staff-outbox')) },
                { path: paths.staff.accounts.pattern, lazy: lazy(() => import('./routes/staff-accounts')) },
                {
                  path: paths.staff.assistanceRequest.pattern,
                  lazy: lazy(() => import('./routes/staff-assistance-request')),
                },
                { path: paths.staff.travelSupport.pattern, lazy: lazy(() => import('./routes/staff-travel-support')) },
                { path: paths.staff.meetings.pattern, lazy: lazy(() => import('./routes/staff-meetings')) },
                { path: paths.staff.meetingNew.pattern, lazy: lazy(() => import('./routes/staff-meeting-new')) },
                { path: paths.staff.meeting.pattern, lazy: lazy(() => import('./routes/staff-meeting')) },
                { path: paths.staff.meetingEdit.pattern, lazy: lazy(() => import('./routes/staff-meeting-edit')) },
                { path: paths.staff.library.pattern, lazy: lazy(() => import('./routes/staff-library')) },
                { path: paths.staff.bookNew.pattern, lazy: lazy(() => import('./routes/staff-book-new')) },
                { path: paths.staff.book.pattern, lazy: lazy(() => import('./routes/staff-book')) },
                { path: paths.staff.bookEdit.pattern, lazy: lazy(() => import('./routes/staff-book-edit')) },
              ],
            },
            { path: paths.welcome.pattern, lazy: lazy(() => import('./routes/welcome')) },
            {
              path: paths.member.pattern,
              ...withEarlyLoader(memberLayoutLoader, () => import('./routes/member-layout')),
              children: [
                { index: true, ...withEarlyLoader(dashboardLoader, () => import('./routes/dashboard')) },
                { path: paths.member.meetings.pattern, lazy: lazy(() => import('./routes/meetings')) },
                { path: paths.member.meeting.pattern, lazy: lazy(() => import('./routes/meeting')) },
                { path: paths.member.library.pattern, lazy: lazy(() => import('./routes/library')) },
                { path: paths.member.savedBooks.pattern, lazy: lazy(() => import('./routes/saved-books')) },
                { path: paths.member.book.pattern, lazy: lazy(() => import('./routes/book')) },
                { path: paths.member.tracks.pattern, lazy: lazy(() => import('./routes/tracks')) },
                { path: paths.member.track.pattern, lazy: lazy(() => import('./routes/track')) },
                { path: paths.member.directory.pattern, lazy: lazy(() => import('./routes/directory')) },
                { path: paths.member.settings.pattern, lazy: lazy(() => import('./routes/settings')) },
                { path: paths.member.memos.pattern, lazy: lazy(() => import('./routes/memos')) },
                { path: paths.member.memoNew.pattern, lazy: lazy(() => import('./routes/memo-new')) },
                { path: paths.member.memo.pattern, lazy: lazy(() => import('./routes/memo')) },
                { path: paths.member.dues.pattern, lazy: lazy(() => import('./routes/dues')) },
                { path: paths.member.invoice.pattern, lazy: lazy(() => import('./routes/invoice')) },
                { path: paths.member.paymentPlan.pattern, lazy: lazy(() => import('./routes/payment-plan')) },
                { path: paths.member.invoiceRequest.pattern, lazy: lazy(() => import('./routes/invoice-request')) },
                { path: paths.member.assistance.pattern, lazy: lazy(() => import('./routes/assistance')) },
                { path: paths.member.delegates.pattern, lazy: lazy(() => import('./routes/delegates')) },
                { path: paths.member.accessHistory.pattern, lazy: lazy(() => import('./routes/access-history')) },
                {
                  path: paths.member.meetingRegister.pattern,
                  lazy: lazy(() => import('./routes/meeting-register')),
                },
              ],
            },
          ],
        },
        // The mock API's stand-in for a card processor's checkout page: only in a mock build (the
        // constant drops the route and its chunk from a real-API build), outside the signed-in area.
        ...(__MOCK_API__
          ? [{ path: paths.mockCheckout.pattern, lazy: lazy(() => import('./routes/mock-checkout')) }]
          : []),
        { path: '*', lazy: lazy(() => import('./routes/not-found')) },
      ],
    },
  ];
}

/**
 * The browser's router. On a signed-in page the session is asked for first, so it travels with
 * the first route's code rather than after it, and a 401 starts the sign-in page's code at once,
 * where the person is going. Public pages (sign-in, join, a welcome link) ask for nothing early.
 */
export function createAppRouter(queryClient: QueryClient) {
  const routes = createAppRoutes(queryClient);
  const signedInPage = matchRoutes(routes, window.location)?.some((match) => match.route.id === 'signed-in');
  const session = signedInPage ? askSessionEarly(queryClient) : undefined;
  session?.request.catch((error: unknown) => {
    if (isApiError(error) && error.status === 401) void import('./routes/sign-in').catch(() => undefined);
  });
  const router = createBrowserRouter(routes);
  if (!session) return router;
  if (router.state.initialized) session.forget();
  else {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      session.forget();
      stop();
    });
  }
  return router;
}
