import type { QueryClient } from '@tanstack/react-query';
// From 'react-router', not 'react-router/dom': under vitest the two entry points resolve to
// different builds (ESM and CJS) with separate contexts. The /dom variant only adds flushSync
// support for navigations, which this app does not use.
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { AppProvider } from './provider';
import { reportRouteError } from './report-error';

type Router = ReturnType<typeof createBrowserRouter>;

/** The whole app for one cache and one router (the browser's, or a test's memory router). */
export function App({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} onError={reportRouteError} />
    </AppProvider>
  );
}
