import { integer, pgSequence, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/** Which seed the database holds (one row, `name` 'seed'), so a start knows whether to load it. */
export const hubMeta = pgTable('hub_meta', {
  name: text().primaryKey(),
  seedVersion: integer().notNull(),
  seededAt: instant().notNull(),
});

/** The one rising sequence behind every id made after seeding (`prefix-00042`), as in the mock. */
export const hubIds = pgSequence('hub_ids', { startWith: 1, minValue: 1 });
