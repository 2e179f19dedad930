/**
 * What MSW's cookie jar (tough-cookie) asks of `tldts` in the embedded mock's browser build, in
 * place of tldts itself: tldts carries the whole public-suffix list, 108 KiB gzip, half of the mock
 * API's download and start-up on a phone (issue 20). The jar only ever holds cookies of the page's
 * own host there (the mock writes its session cookie with `document.cookie`, see session-cookie.ts),
 * so "the last two labels" is the registrable domain it needs; the browser itself still applies the
 * real rules to real cookies. Node (tests, jsdom) keeps the real tldts: the alias is build-only.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return null; // an IP address has no domain
  const labels = host.split('.');
  if (labels.length < 2) return null; // "localhost"
  return labels.slice(-2).join('.');
}
