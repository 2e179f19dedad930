import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { maxBodyBytesFor } from '../../mocks/http/body-limits';
import {
  allowedOrigins,
  CORS_ALLOWED_HEADERS,
  CORS_ALLOWED_METHODS,
  corsHeaders,
  SECURITY_HEADERS,
} from '../../mocks/http/cors';
import { API_PREFIX, contractAnswerer } from '../../mocks/lib/contract-router';
import { errorBody } from '../../mocks/lib/http-error';
import type { ContractRoute } from '../../mocks/lib/route';
import { notFoundAnswer } from '../../mocks/routes/not-found-route';
import { answerFault, faults } from '../../mocks/faults';
import { mockCheckoutResponse } from '../../mocks/http/mock-checkout-page';
import type { HubRuntime } from '../runtime';
import { answerTestControl, type TestControl } from './test-control';

export interface HubAppOptions {
  runtime: HubRuntime;
  routes: readonly ContractRoute[];
  /** Origins besides the local app's that may call the API with credentials (comma-separated). */
  corsOrigins?: string | undefined;
  /** The caller's address (the socket's, on Node); 'unknown' without it. */
  addressOf?: ((c: Context) => string | undefined) | undefined;
  /** Test mode only: serves the control endpoints (reset, snapshots, clock) of test-control.ts. */
  testControl?: TestControl | undefined;
}

/** The header the app passes the caller's address in to the runtime; any sent from outside is dropped. */
export const CLIENT_ADDRESS_HEADER = 'x-hub-client-address';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Test mode only: the answer of a fault switched on through the control endpoints (mocks/faults.ts),
 * or undefined to serve the request. A `network` fault answers 502 over HTTP, the nearest a
 * listener can come to a dropped connection without one.
 */
async function faultAnswer(request: Request): Promise<Response | undefined> {
  const fault = faults.take(request.method, new URL(request.url).pathname);
  const answer = fault && (await answerFault(fault, request.signal));
  if (!answer) return undefined;
  return answer.type === 'error' ? new Response(null, { status: 502 }) : answer;
}

/** Loopback hosts keep plain-HTTP cookies (development); anywhere else the session cookie is Secure. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/;

/**
 * The Member Hub API as a web-standard fetch handler (Hono): the contract's routes on a runtime,
 * behind what every request to it passes first — security headers, CORS for the allowed origins
 * only, the CSRF rule (a changing request from another origin is refused whatever its cookie),
 * body limits, and the contract's 404. The Node server (server/main.ts) listens with it.
 */
export function createHubApp({ runtime, routes, corsOrigins, addressOf, testControl }: HubAppOptions): Hono {
  const app = new Hono();
  const answer = contractAnswerer(routes, runtime);
  const isAllowedOrigin = allowedOrigins(corsOrigins);

  const refuse = (status: 403 | 413, code: string, message: string) =>
    new Response(JSON.stringify(errorBody(code, message)), {
      status,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json' },
    });

  app.get('/health', (c) => c.json({ status: 'ok' }, 200, SECURITY_HEADERS));

  // The test card's checkout page (mocks/http/mock-checkout-page.ts): the only card processor the
  // Hub has until a real one is configured (issue "Run it for real"). Its form posts back here.
  app.on(['GET', 'POST'], '/mock-checkout/:id', async (c) => {
    const origin = c.req.header('Origin');
    const sameOrigin = origin === new URL(c.req.url).origin;
    if (c.req.method === 'POST' && origin !== undefined && !sameOrigin && !isAllowedOrigin(origin)) {
      return refuse(403, 'forbidden_origin', 'This origin may not change data through the API.');
    }
    return (await mockCheckoutResponse(c.req.raw, runtime.store)) ?? c.notFound();
  });

  app.use(`${API_PREFIX}/*`, async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && isAllowedOrigin(origin);
    const sameOrigin = origin !== undefined && origin === new URL(c.req.url).origin;
    if (c.req.method === 'OPTIONS') {
      if (!allowed || !origin) return refuse(403, 'forbidden_origin', 'This origin may not call the API.');
      return c.body(null, 204, {
        ...SECURITY_HEADERS,
        ...corsHeaders(origin),
        'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
        'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    }
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && !allowed && !sameOrigin) {
      return refuse(403, 'forbidden_origin', 'This origin may not change data through the API.');
    }
    await next();
    for (const [name, value] of Object.entries({
      ...SECURITY_HEADERS,
      ...(allowed && origin ? corsHeaders(origin) : {}),
    })) {
      c.res.headers.set(name, value);
    }
    // Outside loopback the session cookie only travels over HTTPS.
    const cookie = c.res.headers.get('Set-Cookie');
    if (cookie && !LOOPBACK_HOST.test(new URL(c.req.url).host) && !/;\s*Secure/i.test(cookie)) {
      c.res.headers.set('Set-Cookie', `${cookie}; Secure`);
    }
  });

  // Each endpoint's own limit (a memo's file may be 15 MB), so the limiter is chosen per request.
  app.use(`${API_PREFIX}/*`, (c, next) =>
    bodyLimit({
      maxSize: maxBodyBytesFor(c.req.method, new URL(c.req.url).pathname),
      onError: () => refuse(413, 'payload_too_large', 'The request is too large.'),
    })(c as Parameters<MiddlewareHandler>[0], next),
  );

  app.all(`${API_PREFIX}/*`, async (c) => {
    if (testControl) {
      const controlled = await answerTestControl(c.req.raw, testControl);
      if (controlled) return controlled;
      const faulted = await faultAnswer(c.req.raw);
      if (faulted) return faulted;
    }
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_ADDRESS_HEADER, addressOf?.(c as Context) ?? 'unknown');
    const request = new Request(c.req.raw, { headers });
    const cookies = getCookie(c as Context);
    return (await answer(request, cookies)) ?? notFoundAnswer(request, cookies, runtime.store);
  });

  return app;
}
