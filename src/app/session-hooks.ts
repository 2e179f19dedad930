import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import type { SessionHooks } from '@/api/session-hooks';
import { askToSignInAgain } from '@/features/session/api/use-reauthentication';

/** Whether MIP staff are previewing a member in this app, from the session in its cache. */
export function isPreviewing(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<Session>(sessionQueryKey)?.preview != null;
}

/**
 * The fetch client's hooks for one app instance, all read from that app's QueryClient:
 * - a 401 asks the sign-in dialog this app rendered for that client;
 * - while a preview is on, no changing request leaves the browser (the API refuses them too);
 * - when any request says a delegate's access was revoked or ran out, the session is read again:
 *   its grants no longer name that mayor, and the member layout then says so in place of the
 *   page (instead of one widget failing oddly while the rest shows stale data).
 */
export function sessionHooksFor(queryClient: QueryClient): SessionHooks {
  return {
    reauthenticate: () => askToSignInAgain(queryClient),
    isPreviewing: () => isPreviewing(queryClient),
    accessEnded: () => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  };
}
