import { QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '@/components/ui/toast';
import { describeError, isApiError } from '@/api/api-error';

const MAX_RETRIES = 2;

/**
 * Retry only what a second attempt can fix: no answer at all (offline, timeout) or a server
 * failure. A 4xx is the same answer every time, and a contract mismatch is a bug, not bad luck.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.isTransient && error.code !== 'contract_mismatch' && failureCount < MAX_RETRIES;
}

/** 1 s, then 2 s (capped), so a brief outage recovers without hammering a struggling server. */
export function retryDelay(attempt: number): number {
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
      // A change is never repeated behind the person's back; creating requests carry
      // Idempotency-Keys so that an explicit retry is safe.
      mutations: { retry: false },
    },
  });
}
