import { defineConfig } from 'drizzle-kit';

/**
 * `npm run db:generate` writes the next SQL migration from the schema. Migrations are committed and
 * forward-only: never edit one that has been merged; change the schema and generate another.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/store/sql/schema/index.ts',
  out: './server/store/sql/migrations',
  casing: 'snake_case',
  strict: true,
  verbose: true,
});
