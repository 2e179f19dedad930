import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from '../handlers';
import { errorBody } from '../lib/http-error';
import { allowedOrigins, CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, corsHeaders, SECURITY_HEADERS } from './cors';
import { mockStore } from '../store/mock-store';
import { mockCheckoutResponse } from './mock-checkout-page';
import { maxBodyBytesFor } from './body-limits';
import { BodyTooLargeError, toFetchRequest, writeFetchResponse } from './node-fetch-bridge';

export interface MockApiServerOptions {
  /** Extra allowed origins besides the app's own (env CORS_ORIGINS, comma-separated). */
  corsOrigins?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The mock API's handlers behind a plain Node HTTP server, so a built app can run against an API
 * over the network with a real HttpOnly session cookie and real CORS, like against production.
 */
export function createMockApiServer(options: MockApiServerOptions = {}): Server {
  const isAllowedOrigin = allowedOrigins(options.corsOrigins ?? process.env.CORS_ORIGINS);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    const method = req.method ?? 'GET';
    const allowed = origin !== undefined && isAllowedOrigin(origin);
    // The listener's own pages (the mock checkout) post back to it: same-origin, not cross-site.
    const sameOrigin = origin !== undefined && origin === `http://${req.headers.host ?? ''}`;
    const headers = { ...SECURITY_HEADERS, ...(allowed && origin ? corsHeaders(origin) : {}) };

    if (method === 'OPTIONS') {
      if (!allowed) {
        sendJson(res, 403, errorBody('forbidden_origin', 'This origin may not call the API.'), SECURITY_HEADERS);
        return;
      }
      res.writeHead(204, {
        ...headers,
        'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
        'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    // A changing request from a page on another origin is refused outright (CSRF), whatever its cookie.
    if (!SAFE_METHODS.has(method) && origin !== undefined && !allowed && !sameOrigin) {
      sendJson(
        res,
        403,
        errorBody('forbidden_origin', 'This origin may not change data through the API.'),
        SECURITY_HEADERS,
      );
      return;
    }

    const aborter = new AbortController();
    res.on('close', () => {
      aborter.abort();
    });
    const request = await toFetchRequest(
      req,
      `127.0.0.1:${String(req.socket.localPort ?? '')}`,
      aborter.signal,
      maxBodyBytesFor(method, req.url),
    );
    const page = await mockCheckoutResponse(request, mockStore);
    if (page) {
      await writeFetchResponse(res, page, {});
      return;
    }
    const response = await getResponse(handlers, request);
    if (!response) {
      sendJson(res, 404, errorBody('not_found', 'There is nothing at this address.'), headers);
      return;
    }
    if (response.type === 'error') {
      // A "network error" fault: drop the connection like a failing network would.
      return void res.destroy();
    }
    await writeFetchResponse(res, response, headers);
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, errorBody('payload_too_large', 'The request is too large.'), SECURITY_HEADERS);
        return;
      }
      sendJson(
        res,
        500,
        errorBody('internal_error', 'Something went wrong on our side. Please try again.'),
        SECURITY_HEADERS,
      );
    });
  });
}
