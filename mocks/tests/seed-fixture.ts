import { buildSeed } from '../db/seed/seed-db';
import type { MockDb } from '../db/schema';
import { SEED_DATE } from './api';

/**
 * The demo data every runtime loads for the tests' "today", as a fixture to read ids and facts from
 * (who is Riverton's mayor, which meeting is next). Black-box suites read it, never a store: what a
 * test changes it sees through the API.
 */
export const SEED: Readonly<MockDb> = buildSeed(SEED_DATE);
