// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockHubApp } from '../http/mock-hub-app';
import { EMAILS } from './api';

let server: ServerType;
let base: string;
const APP_ORIGIN = 'http://127.0.0.1:4173';

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    const app = createMockHubApp('https://hub.example.org');
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
  });
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

/** A real network request: bypass() keeps the in-process MSW interceptor from answering it. */
function send(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(bypass(`${base}${path}`, init));
}

const signInInit = (origin: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Origin: origin },
  body: JSON.stringify({ email: EMAILS.ana, password: 'demo' }),
});

describe('the mock API over HTTP', () => {
  it('signs in with a real HttpOnly session cookie that the next request carries', async () => {
    const signIn = await send('/api/v1/session', signInInit(APP_ORIGIN));
    expect(signIn.status).toBe(201);
    const [cookie] = signIn.headers.getSetCookie();
    expect(cookie).toMatch(/^mip_session=[0-9a-f]{64}; Path=\/; SameSite=Lax; HttpOnly$/);
    expect(signIn.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    expect(signIn.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    const session = await send('/api/v1/session', { headers: { Cookie: cookie?.split(';')[0] ?? '' } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { person: { id: string } }).person.id).toBe('ana-ortiz');
  });

  it('answers a CORS preflight from the app on any local port, under either loopback name, and CORS_ORIGINS', async () => {
    const local = [APP_ORIGIN, 'http://localhost:5173', 'http://127.0.0.1:4186', 'http://localhost:4186'];
    for (const origin of [...local, 'https://hub.example.org']) {
      const preflight = await send('/api/v1/session', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
      expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    }
  });

  it('refuses changing requests and preflights from a foreign origin', async () => {
    const post = await send('/api/v1/session', signInInit('https://evil.example'));
    expect(post.status).toBe(403);
    expect(post.headers.get('Set-Cookie')).toBeNull();
    expect(post.headers.get('Access-Control-Allow-Origin')).toBeNull();
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:4173', 'https://127.0.0.1:4173']) {
      const preflight = await send('/api/v1/session', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status, origin).toBe(403);
    }
  });

  it('sends security headers and the 404 envelope', async () => {
    const answer = await send('/api/v1/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await answer.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await send('/')).status).toBe(404);
  });
});
