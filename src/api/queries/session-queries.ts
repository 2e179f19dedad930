import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { Session } from '@/api/contracts/session';

export const sessionQueryKey = ['session'] as const;

/**
 * Who is signed in, their grants and any preview. Shared by every area: the shell, the redirects
 * and the read-only guard all read this one cache entry, and sign-in/out and previews write it.
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal, client }) => apiRequest('getSession', { signal, client }),
    // Grants and previews change through this app (which updates the entry) or on the server
    // (which enforces them on every request), so a few minutes of staleness is harmless.
    staleTime: 5 * 60_000,
    // Coming back to a tab re-reads it anyway: a delegate's access may have been revoked, or a
    // preview may have run out, while the tab sat in the background.
    refetchOnWindowFocus: 'always',
  });
}

/**
 * Whose hub a page shows as "yours" (their saved books, settings, tracks): the signed-in person,
 * or, for MIP staff previewing a city, its mayor, because a preview shows what the mayor sees.
 */
export function viewerPersonId(session: Pick<Session, 'person' | 'preview'>): string {
  return session.preview ? session.preview.mayor.id : session.person.id;
}

/** The session inside the signed-in area, where the route loader has already fetched it. */
export function useSession(): Session {
  return useSuspenseQuery(sessionQueryOptions()).data;
}
