import { Outlet, useRouteError } from 'react-router';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';
import { PublicShell } from '../shell/public-shell';
import { RouteErrorContent } from '../shell/route-error-content';
import { SignedInShell } from '../shell/signed-in-shell';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    await requireSession(queryClient, request);
    return null;
  };

export function Component() {
  return (
    <SignedInShell>
      <Outlet />
    </SignedInShell>
  );
}

/** The session itself could not be read (not a 401, which redirects): say so, offer a retry. */
export function ErrorBoundary() {
  return (
    <PublicShell>
      <RouteErrorContent error={useRouteError()} />
    </PublicShell>
  );
}
