import { clock } from '../clock';
import type { MockDb } from './schema';
import { buildSeed, seedInstantOf } from './seed/seed-db';

/**
 * The one in-memory database. Handlers read and change it in place; `replaceDb` swaps in a stored
 * copy (the browser's IndexedDB) and `seedDb` rebuilds it for a date.
 */
let current: MockDb | null = null;

/** Seeding is deterministic per date, so one build per date is cached and cloned. */
const seedCache = new Map<string, MockDb>();

/** False in the server, which keeps its data in SQL: see refuseMemoryDatabase. */
let memoryDatabaseAllowed = true;

/**
 * The server has no in-memory database: a rule that still reads it there answers 500 loudly
 * instead of quietly serving a private copy of the demo data.
 */
export function refuseMemoryDatabase(): void {
  memoryDatabaseAllowed = false;
}

export function getDb(): MockDb {
  if (!memoryDatabaseAllowed)
    throw new Error('This rule still reads the mock in-memory database, which the server has not.');
  // Lazily seeded so the HTTP server and tests work without an explicit start step.
  current ??= seedDb(clock.now());
  return current;
}

export function replaceDb(snapshot: MockDb): void {
  current = snapshot;
}

/** Builds (or clones the cached build of) the seed for `now` and makes it the current database. */
export function seedDb(now: Date): MockDb {
  const key = seedInstantOf(now).toISOString();
  let seeded = seedCache.get(key);
  if (!seeded) {
    seeded = buildSeed(now);
    // Tests reseed before each test, nearly always for the same day; keep a few dates only.
    if (seedCache.size > 8) seedCache.clear();
    seedCache.set(key, seeded);
  }
  current = structuredClone(seeded);
  return current;
}

/** Ids for rows created after seeding: readable, unique within this database. */
export function nextId(prefix: string): string {
  const db = getDb();
  db.sequence += 1;
  return `${prefix}-${String(db.sequence).padStart(5, '0')}`;
}
