import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import type { Session } from '@/api/contracts/session';
import { sessionAskedEarly } from '@/api/queries/session-asked-early';
import { sessionQueryOptions } from '@/api/queries/session-queries';
import { signInRedirect } from '@/api/sign-in-redirect';

/**
 * For loaders of signed-in pages: the session, or a redirect to the sign-in page that brings the
 * person back here afterwards. Other failures go to the route's error boundary.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  try {
    // The first page's loaders share the entry's request, even a failed one (a 401 must not be
    // asked again before the sign-in page can start). Later: cached as is (the shell refreshes it
    // when stale), else fetched.
    return await (sessionAskedEarly(queryClient) ??
      queryClient.query({ ...sessionQueryOptions(), staleTime: 'static' }));
  } catch (error) {
    if (isApiError(error) && error.status === 401) throw signInRedirect(queryClient, request);
    throw error;
  }
}
