/**
 * The Content-Security-Policy the built app is served with (by `vite preview`; hosts copy it, see
 * docs/hosting.md). No inline script and no eval; connections only to this origin and the
 * configured API. Styles allow 'unsafe-inline' because the dialog's scroll lock (Radix) inserts
 * <style> elements at run time whose content varies (scrollbar width), so no hash can name them; inline CSS cannot run code (docs/decisions/005-content-security-policy.md).
 */
export function contentSecurityPolicy(apiUrl: string): string {
  const connect = ["'self'", apiUrl].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
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
