import type { QueryClient } from '@tanstack/react-query';
import { sessionEvents } from '@/api/session-events';
import { sessionQueryKey } from '@/api/queries/session-queries';

/**
 * When any request says a delegate's access was revoked or ran out, the session is read again:
 * its grants no longer name that mayor, and the member layout then says so in place of the page
 * (instead of one widget failing oddly while the rest shows stale data). Returns the disconnect.
 */
export function connectAccessWatch(queryClient: QueryClient): () => void {
  const previous = sessionEvents.accessEnded;
  sessionEvents.accessEnded = () => void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  return () => {
    sessionEvents.accessEnded = previous;
  };
}
