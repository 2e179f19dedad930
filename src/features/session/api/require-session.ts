import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import type { Session } from '@/api/contracts/session';
import { sessionQueryOptions } from '@/api/queries/session-queries';
import { signInRedirect } from '@/api/sign-in-redirect';

/**
 * For loaders of signed-in pages: the session, or a redirect to the sign-in page that brings the
 * person back here afterwards. Other failures go to the route's error boundary.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  try {
    // Cached as is (the shell refreshes it when stale), else fetched.
    return await queryClient.query({ ...sessionQueryOptions(), staleTime: 'static' });
  } catch (error) {
    if (isApiError(error) && error.status === 401) throw signInRedirect(queryClient, request);
    throw error;
  }
}
