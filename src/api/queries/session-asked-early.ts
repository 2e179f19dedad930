import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../contracts/session';
import { sessionQueryOptions } from './session-queries';

const askedEarly = new WeakMap<QueryClient, Promise<Session>>();

/**
 * The app's entry asks for the session before the router exists, so the answer is on its way
 * while the first page's code loads (a loader would only ask once its chunk had arrived).
 * Returns what ends it: the first navigation's loaders share this answer, later ones ask the
 * cache (after a sign-in, a "401" from the page's opening must not count any more).
 */
export function askSessionEarly(queryClient: QueryClient): { request: Promise<Session>; forget: () => void } {
  const request = queryClient.query({ ...sessionQueryOptions(), staleTime: 'static' });
  request.catch(() => undefined); // the loaders read the failure; here it is only kept
  askedEarly.set(queryClient, request);
  return { request, forget: () => askedEarly.delete(queryClient) };
}

/** The session the entry asked for, while the first navigation lasts; otherwise undefined. */
export function sessionAskedEarly(queryClient: QueryClient): Promise<Session> | undefined {
  return askedEarly.get(queryClient);
}
