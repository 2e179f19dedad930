/**
 * Build-time configuration, checked once at start-up. Deliberately free of zod: this module is on
 * the first page's critical path (see docs/decisions/004-first-route-budget.md).
 */
function readApiUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Invalid build configuration: VITE_API_URL must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Invalid build configuration: VITE_API_URL must use http or https, got "${value}"`);
  }
  return value.replace(/\/$/, '');
}

export const env = {
  /** Base URL of a real Member Hub API, e.g. https://api.mayorsinnovation.org. Empty: the embedded mock API. */
  apiUrl: readApiUrl(import.meta.env.VITE_API_URL),
  /** Compile-time constant, so a real-API build drops every mock-only branch. */
  mockApi: __MOCK_API__,
};
