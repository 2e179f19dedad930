import type { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import type { Session } from './contracts/session';
import { sessionQueryKey } from './queries/session-queries';

/** Asks the person of one app to sign in again; true once they have, false if they gave up. */
export type SignInPrompt = () => Promise<boolean>;

/** The sign-in dialog each app instance rendered, by that app's QueryClient. */
const signInPrompts = new WeakMap<QueryClient, SignInPrompt>();

/** Lets the fetch client ask this app's sign-in dialog after a 401, until the returned undo runs. */
export function registerSignInPrompt(queryClient: QueryClient, prompt: SignInPrompt): () => void {
  signInPrompts.set(queryClient, prompt);
  return () => {
    if (signInPrompts.get(queryClient) === prompt) signInPrompts.delete(queryClient);
  };
}

/** What the fetch client asks the signed-in state of the app a request belongs to. */
export interface SessionHooks {
  /** After a 401: true once the person has signed in again (replay once); false if they gave up. */
  reauthenticate: () => Promise<boolean>;
  /** True while MIP staff preview a member (read-only): no changing request leaves the browser. */
  isPreviewing: () => boolean;
  /** Called with the API's 403 `delegation_revoked` / `delegation_expired`, from any request. */
  accessEnded: (error: ApiError) => void;
}

/** No app behind the request (a test calling the API directly): nobody to ask. */
const noApp: SessionHooks = {
  reauthenticate: () => Promise.resolve(false),
  isPreviewing: () => false,
  accessEnded: () => undefined,
};

/** Whether MIP staff are previewing a member in this app, from the session in its cache. */
export function isPreviewing(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<Session>(sessionQueryKey)?.preview != null;
}

/**
 * The hooks of the app whose QueryClient sent a request (TanStack Query hands each query and
 * mutation function its client), so two apps in one page never share a session:
 * - a 401 asks the sign-in dialog this app rendered;
 * - while a preview is on, no changing request leaves the browser (the API refuses them too);
 * - when any request says a delegate's access was revoked or ran out, the session is read again:
 *   its grants no longer name that mayor, and the member layout then says so in place of the
 *   page (instead of one widget failing oddly while the rest shows stale data).
 */
export function sessionHooksOf(queryClient: QueryClient | undefined): SessionHooks {
  if (!queryClient) return noApp;
  return {
    reauthenticate: () => signInPrompts.get(queryClient)?.() ?? Promise.resolve(false),
    isPreviewing: () => isPreviewing(queryClient),
    accessEnded: () => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  };
}

/** The API's words for "this delegate may no longer act for this mayor". */
export const ACCESS_ENDED_CODES: ReadonlySet<string> = new Set(['delegation_revoked', 'delegation_expired']);
