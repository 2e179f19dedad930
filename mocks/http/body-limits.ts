import { endpoints } from '../../src/api/contracts/endpoints';
import { API_PREFIX } from '../lib/contract-router';
import { pathMatcher } from '../lib/route';

/** The usual largest request body: 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/** The endpoints that take more than the usual 1 MB (a memo's file), matched by method and path. */
const larger = Object.values(endpoints)
  .filter((endpoint) => endpoint.maxBodyBytes !== undefined)
  .map((endpoint) => ({
    method: endpoint.method,
    match: pathMatcher(endpoint.path),
    maxBodyBytes: endpoint.maxBodyBytes ?? MAX_BODY_BYTES,
  }));

/** How large a body this request may carry: its endpoint's limit, else the API's 1 MB. */
export function maxBodyBytesFor(method: string, url: string | undefined): number {
  const pathname = (url ?? '/').split('?')[0] ?? '/';
  if (!pathname.startsWith(`${API_PREFIX}/`)) return MAX_BODY_BYTES;
  const path = pathname.slice(API_PREFIX.length);
  return larger.find((e) => e.method === method && e.match(path) !== null)?.maxBodyBytes ?? MAX_BODY_BYTES;
}
