import { seedInstantOf } from '../mocks/db/seed/seed-db';
import type { TestControl } from './http/test-control';
import type { HubRuntime } from './runtime';
import { seedIfEmpty } from './seed-store';
import type { HubDatabase } from './store/sql/open-database';
import { setLibrarySizeSql } from './store/sql/library-size';
import { emptyDatabase, restoreSnapshot, saveSnapshot } from './store/sql/snapshots';

/**
 * Cheap scrypt for test mode: the black-box suites sign in thousands of times. Only a runtime built
 * for tests uses it; the stored string names its parameters, so nothing else is affected.
 */
export const TEST_SCRYPT_PARAMS = { N: 2 ** 10 } as const;

/**
 * The server's side of the test-only control endpoints. The seed for a day is loaded once (seconds,
 * row by row) and kept as a snapshot, so every later reset to that day is a copy (milliseconds).
 */
export function sqlTestControl(db: HubDatabase, runtime: HubRuntime): TestControl {
  return {
    async resetToSeed(now) {
      const seedName = `seed_${String(seedInstantOf(now).getTime())}`;
      if (await restoreSnapshot(db, seedName)) return;
      await emptyDatabase(db);
      await seedIfEmpty(runtime.store, runtime.passwords, now);
      await saveSnapshot(db, seedName, now);
    },
    saveSnapshot: (name, at) => saveSnapshot(db, name, at),
    restoreSnapshot: (name) => restoreSnapshot(db, name),
    setLibrarySize: (size) => setLibrarySizeSql(db, size),
    store: runtime.store,
  };
}
