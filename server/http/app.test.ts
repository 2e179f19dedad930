// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../mocks/clock';
import { refuseMemoryDatabase } from '../../mocks/db/db';
import { contractRoutes } from '../../mocks/routes/contract-routes';
import { seedIfEmpty } from '../seed-store';
import { sqlRuntime } from '../sql-runtime';
import { closeDatabase, migrate, openDatabase, type HubDatabase } from '../store/sql/open-database';
import { createHubApp } from './app';

/**
 * The server's HTTP app on embedded PGlite, through requests as a browser sends them: sign-in with
 * a scrypt-hashed password and its limit, the session kept in the database (across a restart too),
 * and what every request passes first (CSRF, CORS, Secure cookies, body limits, the 404 envelope).
 * The in-memory database is refused, so anything answered here came from SQL.
 */
const APP = 'http://127.0.0.1:8787';
const ANA = { email: 'ana.ortiz@riverton.example', password: 'demo' };

let dataDir: string;
let db: HubDatabase;
let app: ReturnType<typeof createHubApp>;

async function start() {
  db = await openDatabase({ dataDir });
  await migrate(db);
  const runtime = sqlRuntime(db);
  await seedIfEmpty(runtime.store, runtime.passwords, clock.now());
  app = createHubApp({ runtime, routes: contractRoutes, addressOf: () => '203.0.113.7' });
}

function send(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; origin?: string; host?: string; key?: string } = {},
) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.origin) headers.Origin = init.origin;
  if (init.key) headers['Idempotency-Key'] = init.key;
  const base = init.host ? `https://${init.host}` : APP;
  return app.request(`${base}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

const cookieOf = (response: Response) => (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';

beforeAll(async () => {
  refuseMemoryDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-app-'));
  await start();
}, 120_000);
afterAll(async () => {
  await closeDatabase(db);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server on PGlite', () => {
  it('signs in with the hashed demo password and keeps the session in the database', async () => {
    const signedIn = await send('/session', { method: 'POST', body: ANA });
    expect(signedIn.status).toBe(201);
    const cookie = cookieOf(signedIn);
    expect(signedIn.headers.get('Set-Cookie')).toMatch(/HttpOnly/);
    expect(signedIn.headers.get('Set-Cookie')).not.toMatch(/Secure/);
    const session = await send('/session', { cookie });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ person: { id: 'ana-ortiz' }, ownMemberId: 'riverton' });
    const ana = await sqlRuntime(db).store.transaction((tx) => tx.people.get({ id: 'ana-ortiz' }));
    expect(ana?.password).toMatch(/^scrypt\$/);
  });

  it('keeps people signed in across a restart', async () => {
    const cookie = cookieOf(await send('/session', { method: 'POST', body: ANA }));
    await closeDatabase(db);
    await start();
    expect((await send('/session', { cookie })).status).toBe(200);
  }, 120_000);

  it('refuses sign-in after five wrong passwords, with Retry-After', async () => {
    const wrong = { email: 'marcus.bell@lakeport.example', password: 'nope' };
    for (let i = 0; i < 5; i += 1) expect((await send('/session', { method: 'POST', body: wrong })).status).toBe(401);
    const refused = await send('/session', { method: 'POST', body: { ...wrong, password: 'demo' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('refuses a changing request from another origin, and answers CORS only for allowed ones', async () => {
    const forged = await send('/session', { method: 'POST', body: ANA, origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    const preflight = await app.request(`${APP}/api/v1/session`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    const stranger = await app.request(`${APP}/api/v1/session`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example' },
    });
    expect(stranger.status).toBe(403);
  });

  it('marks the session cookie Secure outside loopback', async () => {
    const signedIn = await send('/session', { method: 'POST', body: ANA, host: 'hub.mayorsinnovation.org' });
    expect(signedIn.headers.get('Set-Cookie')).toMatch(/;\s*Secure/);
  });

  it('answers what no route takes with the 404 envelope, and refuses bodies over the limit', async () => {
    const missing = await send('/no-such-thing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not_found', message: 'There is nothing at this address.' },
    });
    const huge = await send('/session', { method: 'POST', body: { ...ANA, password: 'x'.repeat(2_000_000) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it("serves the test card's checkout page, which pays the invoice and refuses other origins", async () => {
    const cookie = cookieOf(
      await send('/session', {
        method: 'POST',
        body: { email: 'dana.whitfield@cedarfalls.example', password: 'demo' },
      }),
    );
    const dues = (await (await send('/members/cedar-falls/dues', { cookie })).json()) as {
      currentInvoice: { id: string } | null;
    };
    const invoiceId = dues.currentInvoice?.id ?? '';
    const started = await send(`/invoices/${invoiceId}/checkout-sessions`, {
      method: 'POST',
      cookie,
      key: 'app-test-checkout',
      body: { pay: 'balance', returnUrl: `${APP}/m/cedar-falls/dues` },
    });
    expect(started.status).toBe(201);
    const { url } = (await started.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^${APP}/mock-checkout/`));
    const page = await app.request(url);
    expect([page.status, page.headers.get('Content-Type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await page.text()).toContain('test card');
    const pay = (origin: string) =>
      app.request(url, {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'outcome=paid',
      });
    expect((await pay('https://evil.example')).status).toBe(403);
    const paid = await pay(APP);
    expect(paid.status).toBe(303);
    expect(paid.headers.get('Location')).toMatch(new RegExp(`^${APP}/m/cedar-falls/dues`));
    const after = (await (await send(`/invoices/${invoiceId}`, { cookie })).json()) as { invoice: { status: string } };
    expect(after.invoice.status).toBe('paid');
  });

  it('has no test-only control endpoints: the server as started is not in test mode', async () => {
    for (const [path, body] of [
      ['/__test/reset', {}],
      ['/__test/snapshots', { name: 'anything' }],
      ['/__test/clock', { now: null }],
    ] as const) {
      const answer = await send(path, { method: 'POST', body });
      expect([path, answer.status]).toEqual([path, 404]);
    }
  });

  it("answers every page's reads from SQL, for a mayor and for MIP's staff", async () => {
    const signIn = async (email: string) =>
      cookieOf(await send('/session', { method: 'POST', body: { email, password: 'demo' } }));
    const pages: [email: string, paths: string[]][] = [
      [
        ANA.email,
        [
          '/members/riverton/overview',
          '/meetings?memberId=riverton',
          '/meetings/winter-2027?memberId=riverton',
          '/members/riverton/registrations',
          '/members/riverton/memo-requests',
          '/members/riverton/memo-allowance',
          '/memo-requests/memo-riverton-adu',
          '/memo-requests/memo-riverton-adu/memo.html',
          '/memo-requests/memo-riverton-adu/attachment',
          '/briefing-books?q=housing',
          '/directory',
          '/members/riverton/dues',
          '/members/riverton/access-log',
          '/members/riverton/delegations',
          '/people/ana-ortiz/tracks',
          '/people/ana-ortiz/bookmarks',
          '/people/ana-ortiz/email-preferences',
        ],
      ],
      ['morgan.hale@mayorsinnovation.example', ['/staff/inbox', '/staff/members', '/staff/outbox']],
      ['theo.grant@mayorsinnovation.example', ['/staff/inbox', '/staff/invoices']],
    ];
    const failed: string[] = [];
    for (const [email, paths] of pages) {
      const cookie = await signIn(email);
      for (const path of paths) {
        const answer = await send(path, { cookie });
        if (answer.status !== 200)
          failed.push(`${path}: ${String(answer.status)} ${(await answer.text()).slice(0, 200)}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('says it is up', async () => {
    expect((await app.request(`${APP}/health`)).status).toBe(200);
  });
});
