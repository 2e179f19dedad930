import type { ApiError } from './api-error';

/**
 * What the fetch client asks the signed-in state of the app it serves. Each app instance builds
 * its own from its QueryClient (src/app/session-hooks.ts) and connects them (`connectSession` in
 * ./client.ts), so the client needs no React and no feature reaches into it.
 */
export interface SessionHooks {
  /** After a 401: true once the person has signed in again (replay once); false if they gave up. */
  reauthenticate: () => Promise<boolean>;
  /** True while MIP staff preview a member (read-only): no changing request leaves the browser. */
  isPreviewing: () => boolean;
  /** Called with the API's 403 `delegation_revoked` / `delegation_expired`, from any request. */
  accessEnded: (error: ApiError) => void;
}

/** No app connected (a test calling the API directly, or between two apps): nobody to ask. */
export const unconnectedSessionHooks: SessionHooks = {
  reauthenticate: () => Promise.resolve(false),
  isPreviewing: () => false,
  accessEnded: () => undefined,
};

/** The API's words for "this delegate may no longer act for this mayor". */
export const ACCESS_ENDED_CODES: ReadonlySet<string> = new Set(['delegation_revoked', 'delegation_expired']);
