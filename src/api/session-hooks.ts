import type { ApiError } from './api-error';

/**
 * The fetch client's hooks into the signed-in state, set by the session feature. Kept here so the
 * client needs no React: a 401 asks `reauthenticate` (the sign-in dialog) and, when it succeeds,
 * replays the request once; while previewing, changing requests never leave the browser; a 403
 * saying a delegate's access was revoked or ran out tells the session to look again.
 */
export const sessionEvents = {
  /** Resolves true once the person has signed in again; false when they gave up. */
  reauthenticate: (): Promise<boolean> => Promise.resolve(false),
  /** True while MIP staff preview a member (read-only). */
  isPreviewing: (): boolean => false,
  /** Called with the API's 403 `delegation_revoked` / `delegation_expired`, from any request. */
  accessEnded: (_error: ApiError): void => undefined,
};

/** The API's words for "this delegate may no longer act for this mayor". */
export const ACCESS_ENDED_CODES: ReadonlySet<string> = new Set(['delegation_revoked', 'delegation_expired']);
