import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { clock } from '../mocks/clock';
import { refuseMemoryDatabase } from '../mocks/db/db';
import { contractRoutes } from '../mocks/routes/contract-routes';
import { createHubApp } from './http/app';
import { seedIfEmpty } from './seed-store';
import { sqlRuntime } from './sql-runtime';
import { closeDatabase, migrate, openDatabase } from './store/sql/open-database';
import { sqlTestControl } from './test-mode';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * HUB_TEST_MODE=1 (end-to-end tests only) serves the test-only control endpoints, which wipe the
 * data: refused unless the server listens on loopback alone. HUB_TEST_NOW starts its clock there.
 */
function testModeOf(hostname: string): boolean {
  if (process.env.HUB_TEST_MODE !== '1') return false;
  if (!LOOPBACK.has(hostname)) throw new Error('HUB_TEST_MODE serves endpoints that wipe the data: only on loopback.');
  if (process.env.HUB_TEST_NOW) clock.startAt(process.env.HUB_TEST_NOW);
  console.warn('Test mode: the control endpoints under /api/v1/__test reset the data on request.');
  return true;
}

/**
 * The Member Hub server: PostgreSQL at DATABASE_URL, or embedded PGlite in HUB_DATA_DIR
 * (.hub-data unless told); migrated, seeded with the demo data when empty, then serving the API
 * on HOST:PORT (127.0.0.1:8787 unless told).
 */
async function main(): Promise<void> {
  refuseMemoryDatabase();
  const hostname = process.env.HOST ?? '127.0.0.1';
  const testMode = testModeOf(hostname);
  const url = process.env.DATABASE_URL;
  const db = await openDatabase({ url, dataDir: url ? undefined : (process.env.HUB_DATA_DIR ?? '.hub-data') });
  await migrate(db);
  const runtime = sqlRuntime(db);
  const seeded = await seedIfEmpty(runtime.store, runtime.passwords, clock.now());
  const app = createHubApp({
    runtime,
    routes: contractRoutes,
    corsOrigins: process.env.CORS_ORIGINS,
    addressOf: (c) => getConnInfo(c).remote.address,
    testControl: testMode ? sqlTestControl(db, runtime) : undefined,
  });
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
