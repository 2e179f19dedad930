/**
 * The Content-Security-Policy the built app is served with (by `vite preview`; hosts copy it, see
 * docs/hosting.md). No inline script; connections only to this origin and the configured API.
 */
export function contentSecurityPolicy(apiUrl: string): string {
  const connect = ["'self'", apiUrl].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
