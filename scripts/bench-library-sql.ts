// `npm run bench:library-sql`: the library search on the server's SQL store, at 1,000, 10,000 and
// 50,000 items: the time the API takes to answer (in-process, no network), median and p90 over the
// benchmark's queries and the list's other orders. PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set. Prints numbers; never fails on one (quality.md: budgets by ratio).
import { performance } from 'node:perf_hooks';
import { contractRoutes } from '../mocks/routes/contract-routes';
import { createHubApp } from '../server/http/app';
import { sqlRuntime } from '../server/sql-runtime';
import { closeDatabase, migrate, openDatabase } from '../server/store/sql/open-database';
import { freshTestDatabase, TEST_DATABASE_URL } from '../server/store/sql/test-database';
import { sqlTestControl, TEST_SCRYPT_PARAMS } from '../server/test-mode';
import { LIBRARY_QUERIES } from './lib/library-queries.mjs';

const SIZES = [1_000, 10_000, 50_000];
// The browser benchmark's queries (scripts/lib/library-queries.mjs), then each order of the whole list.
const SEARCHES = LIBRARY_QUERIES.map((q) => `q=${encodeURIComponent(q)}&sort=relevance`);
const LISTS = ['sort=newest', 'sort=oldest', 'sort=title', 'sort=newest&page=40', 'policyArea=housing&year=2019'];
const ROUNDS = 3;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function benchOn(label: string, url: string | undefined): Promise<void> {
  const db = await openDatabase({ url, poolSize: 10 });
  await migrate(db);
  const runtime = sqlRuntime(db, TEST_SCRYPT_PARAMS);
  const app = createHubApp({ runtime, routes: contractRoutes, testControl: sqlTestControl(db, runtime) });
  const post = (path: string, body: unknown, cookie = '') =>
    app.request(`http://127.0.0.1/api/v1${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
  await post('/__test/reset', {});
  const signedIn = await post('/session', { email: 'ana.ortiz@riverton.example', password: 'demo' });
  const cookie = (signedIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  for (const size of SIZES) {
    await post('/__test/library-size', { size });
    for (const [kind, queries] of [
      ['search', SEARCHES],
      ['list', LISTS],
    ] as const) {
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const query of queries) {
          const start = performance.now();
          const answer = await app.request(`http://127.0.0.1/api/v1/briefing-books?${query}`, {
            headers: { Cookie: cookie },
          });
          await answer.arrayBuffer();
          times.push(performance.now() - start);
          if (answer.status !== 200) throw new Error(`${query}: ${String(answer.status)}`);
        }
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(10)} ${String(size).padStart(6)} items  ${kind.padEnd(6)}  median ${percentile(times, 0.5).toFixed(1).padStart(6)} ms  p90 ${percentile(times, 0.9).toFixed(1).padStart(6)} ms  (${String(times.length)} requests)`,
      );
    }
  }
  await closeDatabase(db);
}

await benchOn('PGlite', undefined);
if (TEST_DATABASE_URL) await benchOn('PostgreSQL', await freshTestDatabase('bench_library'));
else console.log('PostgreSQL: skipped (no TEST_DATABASE_URL; see scripts/start-test-postgres.sh)');
