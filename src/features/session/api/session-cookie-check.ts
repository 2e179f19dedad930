import type { QueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type { Session } from '@/api/contracts/session';
import { env } from '@/config/env';

/**
 * The API took the password, but the request after it was still signed out: this browser did not
 * send the session cookie back. It happens when the page and the API are on different sites (the
 * cookie is SameSite), such as the app at localhost and the API at 127.0.0.1, or when the browser
 * blocks the site's cookies. Without this check the person is sent back to the sign-in page with
 * no word of why.
 */
export class SessionCookieNotSentError extends Error {
  constructor() {
    super(sessionCookieNotSentWords(env.apiUrl || window.location.origin, window.location.href));
    this.name = 'SessionCookieNotSentError';
  }
}

/** Reads the session back right after signing in; it throws SessionCookieNotSentError when there is none. */
export async function readSessionAfterSignIn(queryClient: QueryClient): Promise<Session> {
  try {
    return await apiRequest('getSession', { client: queryClient });
  } catch (error) {
    if (isApiError(error) && error.status === 401) throw new SessionCookieNotSentError();
    throw error;
  }
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What to tell the person: where the cookie went missing, and what to open instead. */
export function sessionCookieNotSentWords(apiUrl: string, pageUrl: string): string {
  const api = new URL(apiUrl);
  const page = new URL(pageUrl);
  const lead = `Signed in, but this browser did not send the session cookie back to the API at ${api.origin}.`;
  if (api.hostname === page.hostname) {
    return `${lead} Check that this browser allows cookies for this site, then sign in again.`;
  }
  if (LOOPBACK_NAMES.has(api.hostname) && LOOPBACK_NAMES.has(page.hostname)) {
    const sameHost = new URL(page.href);
    sameHost.hostname = api.hostname;
    return (
      `${lead} This page is on ${page.hostname} and the API on ${api.hostname}, which the browser treats as ` +
      `two different sites. Open the app at ${sameHost.origin}${sameHost.pathname}${sameHost.search} and sign in there.`
    );
  }
  return (
    `${lead} The app at ${page.origin} and the API must be on the same site, or the API must send its ` +
    'session cookie with SameSite=None; Secure (docs/hosting.md).'
  );
}

/** Plain words for a sign-in that failed after the password was accepted. */
export function describeSignInError(error: unknown): string {
  return error instanceof SessionCookieNotSentError ? error.message : describeError(error);
}
