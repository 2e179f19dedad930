import { hashKey, notifyManager, type QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { WARNING_LEAD_MS } from './session-timeout';

/**
 * When the session will end for want of activity, worked out from what this tab has seen, without
 * asking the API. Asking would be no good: every request, `GET /session` included, slides the
 * session's idle window, so a check would keep an idle session alive for ever.
 *
 * - The idle window (30 minutes in the mock) is learnt from the session: `expiresAt` minus the time
 *   its answer arrived. That assumes the browser's clock and the API's agree; the latency of the
 *   answer only makes the window look shorter, so the warning comes early, never late.
 * - The last activity is when the last request that got an answer was sent (a query fetched, a
 *   change made): the API slid the window when it arrived, a little later. A request made outside
 *   the cache (a download) is missed, which again makes the warning early.
 *
 * The deadline is the last activity plus the window, or null when it can't be known (no session
 * read yet, or a window too short to warn in, which means the two clocks disagree).
 */
export interface IdleTracker {
  subscribe: (onChange: () => void) => () => void;
  deadline: () => number | null;
}

interface Learnt {
  lastActivityAt: number;
  windowMs: number | null;
  expiresAt: string | null;
}

const SESSION_QUERY_HASH = hashKey(sessionQueryKey);

export function createIdleTracker(queryClient: QueryClient): IdleTracker {
  const learnt: Learnt = { lastActivityAt: 0, windowMs: null, expiresAt: null };
  /** By query hash: when each query's latest fetch was sent. */
  const fetchStartedAt = new Map<string, number>();

  function sawActivity(at: number) {
    learnt.lastActivityAt = Math.max(learnt.lastActivityAt, at);
  }

  function sawSession(session: Session | undefined, at: number) {
    if (!session) return;
    learnt.expiresAt = session.expiresAt;
    learnt.windowMs = Date.parse(session.expiresAt) - at;
  }

  // Whatever the cache already holds when the warning starts watching (the page's first load).
  function catchUp() {
    for (const query of queryClient.getQueryCache().getAll()) {
      if (query.state.status === 'success') sawActivity(query.state.dataUpdatedAt);
    }
    const session = queryClient.getQueryCache().find<Session>({ queryKey: sessionQueryKey, exact: true });
    if (session) sawSession(session.state.data, session.state.dataUpdatedAt);
  }

  catchUp();
  return {
    subscribe(onChange) {
      catchUp();
      // Cache events can fire while React renders another component: tell React afterwards.
      const changed = notifyManager.batchCalls(onChange);
      const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
        const { queryHash, state } = event.query;
        if (event.type === 'removed') fetchStartedAt.delete(queryHash);
        if (event.type !== 'updated') return;
        const { action } = event;
        if (action.type === 'fetch') fetchStartedAt.set(queryHash, Date.now());
        if (action.type !== 'success') return;
        const answeredAt = state.dataUpdatedAt;
        const sentAt = action.manual ? answeredAt : (fetchStartedAt.get(queryHash) ?? answeredAt);
        if (queryHash === SESSION_QUERY_HASH) {
          const session = state.data as Session | undefined;
          // Fetched, or written by hand from an answer (sign-in, signing in again, staying signed
          // in): a new `expiresAt` is a fresh reading. A hand-written copy with the old one (a
          // preview's start or end) says nothing about the window; its mutation counts below.
          if (!action.manual || session?.expiresAt !== learnt.expiresAt) {
            sawActivity(sentAt);
            sawSession(session, answeredAt);
          }
        } else if (!action.manual) {
          sawActivity(sentAt);
        }
        changed();
      });
      const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        // When it was sent: the API slid the window on arrival, no later than the answer.
        sawActivity(event.mutation.state.submittedAt);
        changed();
      });
      return () => {
        unsubscribeQueries();
        unsubscribeMutations();
      };
    },
    deadline() {
      const { lastActivityAt, windowMs } = learnt;
      if (windowMs === null || windowMs <= WARNING_LEAD_MS || lastActivityAt === 0) return null;
      return lastActivityAt + windowMs;
    },
  };
}
