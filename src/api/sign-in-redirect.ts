import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { pathOf, paths } from '@/config/paths';

/** The apps (by QueryClient) whose person signed out, until someone signs in again. */
const signedOut = new WeakSet<QueryClient>();

/** Called when the person ends their own session (sign out, the demo reset). */
export function rememberSignedOut(queryClient: QueryClient): void {
  signedOut.add(queryClient);
}

/** Called when a session starts: a later expiry should bring that person back again. */
export function forgetSignedOut(queryClient: QueryClient): void {
  signedOut.delete(queryClient);
}

/**
 * Where a page that found no session sends the person: the sign-in page, which brings them back
 * to this page afterwards when their session expired. Not after they signed out: a page still on
 * its way then (a form that navigates once its refetch is done) would hand the next person at this
 * computer the previous person's page as where to go after signing in.
 */
export function signInRedirect(queryClient: QueryClient, request: Request): Response {
  if (signedOut.has(queryClient)) return redirect(paths.signIn.href());
  return redirect(paths.signIn.href(pathOf(new URL(request.url))));
}
