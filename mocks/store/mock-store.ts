import { getDb } from '../db/db';
import { createMemoryStore } from './memory-store';

/** The embedded mock's store: the one in-memory database, whichever copy is current. */
export const mockStore = createMemoryStore(getDb);
