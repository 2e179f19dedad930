import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, beforeAll } from 'vitest';
import { createMockHubApp } from '../http/mock-hub-app';

export interface HttpListener {
  /** A real network request: bypass() keeps the in-process MSW interceptor from answering it. */
  send: (path: string, init: RequestInit) => Promise<{ status: number; body: unknown }>;
  /** Signs in over HTTP and answers the session cookie to send along. */
  cookieOf: (email: string) => Promise<string>;
  /** The listener's origin ("http://127.0.0.1:PORT"), for its pages outside /api/v1. */
  origin: () => string;
  /** A real network request to any path of the listener, answered as it came (HTML, redirects). */
  fetchRaw: (path: string, init?: RequestInit) => Promise<Response>;
}

/**
 * Starts the mock API's real HTTP listener for a describe block, for tests where requests must
 * really arrive together (concurrency), not one after the other through the in-process mock.
 */
export function useHttpListener(): HttpListener {
  let server: ServerType;
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: createMockHubApp().fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
    });
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    async send(path, init) {
      const response = await fetch(bypass(`${base}/api/v1${path}`, init));
      return { status: response.status, body: (await response.json()) as unknown };
    },
    origin: () => base,
    fetchRaw: (path, init = {}) => fetch(bypass(`${base}${path}`, init)),
    async cookieOf(email) {
      const response = await fetch(
        bypass(`${base}/api/v1/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'demo' }),
        }),
      );
      return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    },
  };
}
