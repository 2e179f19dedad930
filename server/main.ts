import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { refuseMemoryDatabase } from '../mocks/db/db';
import { contractRoutes } from '../mocks/routes/contract-routes';
import { createHubApp } from './http/app';
import { seedIfEmpty } from './seed-store';
import { sqlRuntime } from './sql-runtime';
import { closeDatabase, migrate, openDatabase } from './store/sql/open-database';

/**
 * The Member Hub server: PostgreSQL at DATABASE_URL, or embedded PGlite in HUB_DATA_DIR
 * (.hub-data unless told); migrated, seeded with the demo data when empty, then serving the API
 * on HOST:PORT (127.0.0.1:8787 unless told).
 */
async function main(): Promise<void> {
  refuseMemoryDatabase();
  const url = process.env.DATABASE_URL;
  const db = await openDatabase({ url, dataDir: url ? undefined : (process.env.HUB_DATA_DIR ?? '.hub-data') });
  await migrate(db);
  const runtime = sqlRuntime(db);
  const seeded = await seedIfEmpty(runtime.store, runtime.passwords, new Date());
  const app = createHubApp({
    runtime,
    routes: contractRoutes,
    corsOrigins: process.env.CORS_ORIGINS,
    addressOf: (c) => getConnInfo(c).remote.address,
  });
  const hostname = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 8787);
  const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
    const where = url ? 'PostgreSQL' : `PGlite in ${process.env.HUB_DATA_DIR ?? '.hub-data'}`;
    console.info(`Member Hub API on http://${hostname}:${String(info.port)} (${where}; demo data ${seeded}).`);
  });
  const stop = () => {
    server.close(() => {
      void closeDatabase(db).then(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
