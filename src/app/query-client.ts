import { QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '@/components/ui/toast';
import { describeError, isApiError } from '@/api/api-error';

const MAX_RETRIES = 2;
/** A 429 asking for a longer wait than this is shown (with the wait) rather than waited out. */
const MAX_RETRY_AFTER_SECONDS = 30;

/**
 * Retry only what a second attempt can fix: no answer at all (offline, timeout), a server
 * failure, or "too many requests" with a short Retry-After. Any other 4xx is the same answer
 * every time, and a contract mismatch is a bug, not bad luck.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (!isApiError(error) || failureCount >= MAX_RETRIES) return false;
  if (error.status === 429) return (error.retryAfterSeconds ?? 1) <= MAX_RETRY_AFTER_SECONDS;
  return error.isTransient && error.code !== 'contract_mismatch';
}

/**
 * A 429 waits as long as its Retry-After says; otherwise 1 s, then 2 s (capped), so a brief
 * outage recovers without hammering a struggling server.
 */
export function retryDelay(attempt: number, error?: unknown): number {
  if (isApiError(error) && error.status === 429) return (error.retryAfterSeconds ?? 1) * 1000;
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * One cache per app instance (the browser app and every test build their own), handed to the
 * router's loaders and to React through the provider, never imported as a singleton.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // A failed first load shows in the page (error boundaries). A failed background refresh
      // leaves the older data on screen, so only a toast can tell the person it is not current.
      onError: (error, query) => {
        if (query.state.data !== undefined)
          showToast('error', `Couldn't refresh the page's data. ${describeError(error)}`);
      },
    }),
    defaultOptions: {
      queries: {
        // Loaders fill the cache just before components read it; don't refetch on that first read.
        staleTime: 30_000,
        retry: shouldRetryQuery,
        retryDelay,
      },
      // A change is never repeated here: only a request with an Idempotency-Key is retried, once,
      // by the fetch client (src/api/client.ts), since the API then answers the first result.
      // Offline, a change fails at once with "We could not reach the Member Hub" rather than
      // waiting to go out by itself when the connection is back (a payment, a memo from the
      // allowance): the person sends it again.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
