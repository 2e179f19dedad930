/** The app's own origins: `vite` (5173), `vite preview` (4173) and a second preview port (4174). */
const APP_PORTS = [4173, 4174, 5173];

export function allowedOrigins(extra: string | undefined): Set<string> {
  const origins = new Set<string>();
  for (const host of ['127.0.0.1', 'localhost']) for (const port of APP_PORTS) origins.add(`http://${host}:${port}`);
  for (const origin of (extra ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean))
    origins.add(origin.replace(/\/$/, ''));
  return origins;
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
