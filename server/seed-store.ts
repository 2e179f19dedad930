import type { MockDb } from '../mocks/db/schema';
import { buildSeed, SEED_VERSION } from '../mocks/db/seed/seed-db';
import type { PasswordKeeper } from './runtime';
import { loadSeed } from './store/load-seed';
import type { Store } from './store/store';

/**
 * Loads the demo data into an empty store, built for `now`, with every password hashed as the
 * server keeps them (the seed's people share one demo password: hashed once). A store that holds
 * data is left alone; one whose seed is of an older shape says so rather than being wiped.
 */
export async function seedIfEmpty(store: Store, passwords: PasswordKeeper, now: Date): Promise<'seeded' | 'kept'> {
  const mark = await store.seedMark();
  if (mark) {
    if (mark.seedVersion !== SEED_VERSION) {
      console.warn(
        `The database holds demo data of seed version ${String(mark.seedVersion)}; this build's is ${String(SEED_VERSION)}. Kept as it is.`,
      );
    }
    return 'kept';
  }
  await loadSeed(store, await withHashedPasswords(buildSeed(now), passwords));
  return 'seeded';
}

async function withHashedPasswords(seed: MockDb, passwords: PasswordKeeper): Promise<MockDb> {
  const hashes = new Map<string, string>();
  for (const plain of new Set(seed.people.map((p) => p.password))) hashes.set(plain, await passwords.hash(plain));
  return { ...seed, people: seed.people.map((p) => ({ ...p, password: hashes.get(p.password) ?? p.password })) };
}
