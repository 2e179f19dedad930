import { clock } from './clock';
import { seedDb } from './db/db';
import { faults } from './faults';

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
  faults.clear();
  for (const listener of resetListeners) listener();
}
