/**
 * How the mock makes a change durable before its answer leaves, as a backend commits before it
 * answers. In the browser the embedded mock writes its database to IndexedDB (set in browser.ts):
 * without waiting for that, a page that moves on at once (to the card checkout, back from it, a
 * reload) could start from the copy before the change. In Node the database is memory only.
 */
let commit: () => Promise<void> = () => Promise.resolve();

export function setCommitChanges(write: () => Promise<void>): void {
  commit = write;
}

/** Waits until the changes made so far are stored; never fails (the mock still works without storage). */
export function commitChanges(): Promise<void> {
  return commit().catch(() => undefined);
}
