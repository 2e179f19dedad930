import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';

/**
 * What to forget from the cache after leaving a signed-in view:
 * - `signed-in`: everything the person could see (sign-out, demo reset, another person signing in);
 *   only public data stays (the demo accounts, the dues tiers), since it belongs to no one.
 * - `preview`: what MIP staff read while previewing a member; their own session and member list stay.
 * - `access-ended`: what a delegate read for a mayor who revoked them (or whose grant ran out).
 */
export type ForgetScope = 'signed-in' | 'preview' | 'access-ended';

const KEEP: Record<ForgetScope, ReadonlySet<string>> = {
  'signed-in': new Set(['demo-accounts', 'dues-tiers']),
  preview: new Set(['demo-accounts', 'dues-tiers', 'session', 'staff-members']),
  'access-ended': new Set(['demo-accounts', 'dues-tiers', 'session', 'access-ended']),
};

export function forgetData(queryClient: QueryClient, scope: ForgetScope): void {
  queryClient.removeQueries({ predicate: (query) => !KEEP[scope].has(String(query.queryKey[0])) });
}

/** Navigation state asking the next page to forget data once it is on screen. */
export function forgetOnArrival(scope: ForgetScope): { forget: ForgetScope } {
  return { forget: scope };
}

function scopeIn(state: unknown): ForgetScope | null {
  if (typeof state !== 'object' || state === null || !('forget' in state)) return null;
  return state.forget === 'signed-in' || state.forget === 'preview' ? state.forget : null;
}

/**
 * Forgets data once the page navigated to is on screen. Any earlier, and a page that is still
 * mounted would refetch what was removed (and get a 401 or 404, now that its access is gone).
 */
export function useForgetOnArrival(): void {
  const queryClient = useQueryClient();
  const location = useLocation();
  const scope = scopeIn(location.state as unknown);
  const { key } = location;
  useEffect(() => {
    if (scope) forgetData(queryClient, scope);
  }, [scope, key, queryClient]);
}
