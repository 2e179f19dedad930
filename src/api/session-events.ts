/**
 * The fetch client's hooks into the signed-in state, set by the session feature. Kept here so the
 * client needs no React: a 401 asks `reauthenticate` (the sign-in dialog) and, when it succeeds,
 * replays the request once; while previewing, changing requests never leave the browser.
 */
export const sessionEvents = {
  /** Resolves true once the person has signed in again; false when they gave up. */
  reauthenticate: (): Promise<boolean> => Promise.resolve(false),
  /** True while MIP staff preview a member (read-only). */
  isPreviewing: (): boolean => false,
};
