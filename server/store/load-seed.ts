import type { MockDb } from '../../mocks/db/schema';
import type { Store } from './store';
import { TABLE_KEYS, type TableName, type Tables } from './tables';

/**
 * The order tables are filled in: every row after the rows it names, so a database with foreign
 * keys takes them one by one. A test checks that it lists every table once.
 */
export const LOAD_ORDER = [
  'members',
  'people',
  'policyAreas',
  'tracks',
  'benefitRules',
  'emailPreferences',
  'delegations',
  'accessLog',
  'previews',
  'sessions',
  'signInFailures',
  'welcomeLinks',
  'meetings',
  'registrations',
  'memoRequests',
  'memoFiles',
  'memoDrafts',
  'briefingBooks',
  'bookmarks',
  'trackMemberships',
  'invoices',
  'receivedPayments',
  'paymentPlans',
  'packets',
  'checkoutSessions',
  'assistanceRequests',
  'idempotency',
  'applications',
  'staffActions',
  'outbox',
] as const satisfies readonly TableName[];

/**
 * Fills an empty store with a seed (the demo data, built for a day by mocks/db/seed) in one
 * transaction, and marks it seeded so the next start leaves it alone.
 */
export async function loadSeed(store: Store, seed: MockDb): Promise<void> {
  await store.transaction(async (tx) => {
    for (const name of LOAD_ORDER) {
      const table = tx[name];
      for (const row of seed[name] as readonly Tables[typeof name][]) {
        await (table.insert as (row: unknown) => Promise<void>)(row);
      }
    }
  });
  await store.markSeeded({ seedVersion: seed.seedVersion, seededAt: seed.seededAt }, seed.sequence);
}

/** Every table, for checks that walk them all. */
export const TABLE_NAMES = Object.keys(TABLE_KEYS) as TableName[];
