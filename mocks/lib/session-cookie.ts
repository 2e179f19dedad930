import { SESSION_COOKIE } from '../../server/rules/sessions';

/**
 * How the session cookie reaches the client. Over HTTP (and in Node tests) it is a real
 * `Set-Cookie: …; HttpOnly` header. In the browser, MSW can only write cookies through
 * `document.cookie`, which ignores HttpOnly, and MSW's own cookie jar would copy a Set-Cookie header
 * into localStorage; so the browser entry point switches to writing `document.cookie` directly.
 */
export type CookieTransport = 'header' | 'document';

let transport: CookieTransport = 'header';

export function setCookieTransport(next: CookieTransport): void {
  transport = next;
}

function serialise(value: string, maxAgeSeconds: number | null): string {
  const parts = [`${SESSION_COOKIE}=${value}`, 'Path=/', 'SameSite=Lax'];
  if (maxAgeSeconds !== null) parts.push(`Max-Age=${maxAgeSeconds}`);
  if (transport === 'header') parts.push('HttpOnly');
  return parts.join('; ');
}

/** Applies a session cookie change to the response (header) or to the document (browser). */
export function writeSessionCookie(headers: Headers, sessionId: string | null): void {
  const cookie = sessionId === null ? serialise('', 0) : serialise(sessionId, null);
  if (transport === 'document' && typeof document !== 'undefined') {
    document.cookie = cookie;
    return;
  }
  // One cookie, one header: a later change (sign-in after clearing a dead cookie) replaces the
  // earlier one, because MSW's Node cookie jar reads only the first of several Set-Cookie values.
  headers.set('Set-Cookie', cookie);
}
