import type { HubRuntime, PasswordKeeper } from '../../server/runtime';
import { getDb } from '../db/db';
import { createMemoryStore } from './memory-store';

/** The embedded mock's store: the one in-memory database, whichever copy is current. */
export const mockStore = createMemoryStore(getDb);

/**
 * The embedded mock keeps passwords as typed: it runs in one person's browser (or a test) with
 * demo accounts only, and the browser has no scrypt. The server hashes them (decision 026).
 */
const demoPasswords: PasswordKeeper = {
  hash: (plain) => Promise.resolve(plain),
  verify: (plain, stored) => Promise.resolve(plain === stored),
};

/** The embedded mock as a runtime: its memory store, its passwords, and one address for every request. */
export const mockRuntime: HubRuntime = {
  store: mockStore,
  passwords: demoPasswords,
  clientAddress: () => 'local',
};
