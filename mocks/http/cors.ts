/**
 * The app served from this machine on any port (`vite`, `vite preview`, a second preview), under
 * either loopback name: the session cookie is SameSite, so the app's page and the API must share
 * the host name, and whichever one a person opens has to work.
 */
const LOCAL_APP_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost):\d{1,5}$/;

/** Which origins may call the API with credentials: the local app, plus `extra` (comma-separated). */
export function allowedOrigins(extra: string | undefined): (origin: string) => boolean {
  const listed = new Set(
    (extra ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
  );
  return (origin) => LOCAL_APP_ORIGIN.test(origin) || listed.has(origin);
}

export const CORS_ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
export const CORS_ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, If-Match, Accept';
/** Headers the app may read from cross-origin answers. */
export const CORS_EXPOSED_HEADERS = 'ETag, Retry-After, Idempotent-Replayed';

/** Answers to any origin carry these: the API serves JSON only and must never be framed or sniffed. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}
