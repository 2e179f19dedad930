import { http } from 'msw';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { refuseMemoryDatabase } from '@mocks/db/db';
import { server } from '@mocks/node';
import { SEED_DATE } from '@mocks/tests/api';
import { contractRoutes } from '@mocks/routes/contract-routes';
import { createHubApp } from '../../server/http/app';
import { sqlRuntime } from '../../server/sql-runtime';
import { closeDatabase, migrate, openDatabase, type HubDatabase } from '../../server/store/sql/open-database';
import { dropTestDatabase, freshTestDatabase, TEST_DATABASE_URL } from '../../server/store/sql/test-database';
import { sqlTestControl, TEST_SCRYPT_PARAMS } from '../../server/test-mode';

/**
 * With HUB_TEST_RUNTIME=pglite or postgres, every request a test sends to /api/v1 goes to the
 * server's app (server/http/app.ts) on that database, in test mode, instead of the embedded mock;
 * the mock's in-memory database is refused, so a suite that reached into it would fail. Each test
 * file gets a database of its own (PGlite in memory, or a fresh PostgreSQL database per worker) and
 * a pool of 10 connections on PostgreSQL, so concurrent requests really run at once.
 */
const runtimeName = process.env.HUB_TEST_RUNTIME ?? 'memory';

if (runtimeName !== 'memory') {
  if (runtimeName !== 'pglite' && runtimeName !== 'postgres') {
    throw new Error(`HUB_TEST_RUNTIME must be memory, pglite or postgres, not ${runtimeName}`);
  }
  if (runtimeName === 'postgres' && TEST_DATABASE_URL === '') {
    throw new Error('HUB_TEST_RUNTIME=postgres needs TEST_DATABASE_URL (scripts/start-test-postgres.sh)');
  }
  let db: HubDatabase | undefined;
  let app: ReturnType<typeof createHubApp> | undefined;
  let databaseUrl: string | undefined;

  beforeAll(async () => {
    refuseMemoryDatabase();
    // Named for this process and worker: two runs at once must never empty each other's database.
    const url =
      runtimeName === 'postgres'
        ? await freshTestDatabase(`bb_${String(process.pid)}_${process.env.VITEST_POOL_ID ?? '0'}`)
        : undefined;
    databaseUrl = url;
    db = await openDatabase({ url, poolSize: 10 });
    await migrate(db);
    const runtime = sqlRuntime(db, TEST_SCRYPT_PARAMS);
    app = createHubApp({
      runtime,
      routes: contractRoutes,
      testControl: sqlTestControl(db, runtime),
      addressOf: () => '192.0.2.10',
    });
    // The first reset to a day loads its seed row by row (seconds): done here, not in a test's hook.
    const warmed = await app.request(`http://localhost/api/v1/__test/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ now: SEED_DATE.toISOString() }),
    });
    if (warmed.status !== 204) throw new Error(`The seed did not load: ${String(warmed.status)}`);
  }, 120_000);

  const forwardToServer = http.all('*/api/v1/*', ({ request }) => {
    if (!app) throw new Error('The server app did not start');
    return app.fetch(request);
  });
  // First for a suite's own beforeAll (records it builds once); then again before each test, as
  // the global setup resets MSW's handlers after each.
  beforeAll(() => {
    server.use(forwardToServer);
  });
  beforeEach(() => {
    server.use(forwardToServer);
  });

  afterAll(async () => {
    if (db) await closeDatabase(db);
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });
}
