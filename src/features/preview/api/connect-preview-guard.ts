import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionEvents } from '@/api/session-events';
import { sessionQueryKey } from '@/api/queries/session-queries';

/**
 * Tells the fetch client when a preview is on, from the session in the cache, so no changing
 * request leaves the browser while MIP staff look at a member's hub (the API refuses them too).
 * Returns the disconnect.
 */
export function connectPreviewGuard(queryClient: QueryClient): () => void {
  const previous = sessionEvents.isPreviewing;
  sessionEvents.isPreviewing = () => queryClient.getQueryData<Session>(sessionQueryKey)?.preview != null;
  return () => {
    sessionEvents.isPreviewing = previous;
  };
}
