/**
 * The embedded mock's build renders before its mock API has started (issue 20): the page's code and
 * the mock load side by side. Until the mock answers, requests wait here rather than reach a server
 * that isn't there. A build for a real API never holds them, and once the mock has started nothing
 * waits at all (a request leaves in the same tick, as a real API's would).
 */
let held: Promise<void> | null = null;

/** Requests wait for `started`; if it fails they go ahead (and fail with words, not a hang). */
export function holdRequestsUntil(started: Promise<unknown>): void {
  const hold: Promise<void> = started.then(
    () => undefined,
    () => undefined,
  );
  held = hold;
  void hold.then(() => {
    if (held === hold) held = null;
  });
}

/** What a request must wait for before it leaves, if anything. */
export function requestsHeld(): Promise<void> | null {
  return held;
}
