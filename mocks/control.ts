import type { TestControl } from '../server/http/test-control';
import { clock } from './clock';
import { getDb, replaceDb, seedDb } from './db/db';
import { isPublished } from './db/rows/benefits';
import type { MockDb } from './db/schema';
import { generateLibraryRows } from './db/seed/briefing-books';
import { faults } from './faults';
import { mockStore } from './store/mock-store';

type ResetListener = () => void;
const resetListeners = new Set<ResetListener>();

/** Lets the browser entry point drop its stored copy when the mock is reset. */
export function onMockReset(listener: ResetListener): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

/**
 * Back to the deterministic seed for `clock.now()`, with no faults and no sessions (the sessions
 * table is part of the seeded database, so every signed-in cookie stops working). Fast enough to
 * run before every test: the seed for a date is built once and cloned.
 */
export function resetMockApi(): void {
  seedDb(clock.now());
  afterReset();
}

function afterReset(): void {
  faults.clear();
  for (const listener of resetListeners) listener();
}

const snapshots = new Map<string, { db: MockDb; at: Date }>();

/**
 * The embedded mock's side of the test-only control endpoints (server/http/test-control.ts): the
 * seed for a day, or a copy of the database a test saved.
 */
export const memoryTestControl: TestControl = {
  resetToSeed(now) {
    seedDb(now);
    afterReset();
    return Promise.resolve();
  },
  saveSnapshot(name, at) {
    snapshots.set(name, { db: structuredClone(getDb()), at });
    return Promise.resolve();
  },
  restoreSnapshot(name) {
    const saved = snapshots.get(name);
    if (!saved) return Promise.resolve(undefined);
    replaceDb(structuredClone(saved.db));
    afterReset();
    return Promise.resolve(saved.at);
  },
  /**
   * The meetings' published briefing books (the first `size` of them, so meeting pages keep theirs)
   * and `generateLibraryRows` for the rest: the library members search is exactly `size` items.
   * Drafts and bookmarks of books that are gone drop out; a reset brings back the seeded library.
   */
  setLibrarySize(size) {
    const db = getDb();
    const meetingBooks = db.briefingBooks.filter((b) => b.meetingId !== null && isPublished(b)).slice(0, size);
    db.briefingBooks = [...meetingBooks, ...generateLibraryRows(size - meetingBooks.length)];
    return Promise.resolve();
  },
  store: mockStore,
};
