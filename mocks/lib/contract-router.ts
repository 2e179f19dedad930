import { http, type HttpHandler } from 'msw';
import type { HubRuntime } from '../../server/runtime';
import { mockRuntime } from '../store/mock-store';
import type { ContractRoute } from './route';

/** Where the contract's paths start on the wire. */
export const API_PREFIX = '/api/v1';

/**
 * Every contract route behind one MSW handler. MSW tries its handlers one at a time, and each try
 * reads and parses the request's cookies (in the browser, `document.cookie`) before it looks at the
 * path: a request to a route late in a list of 60 would pay for dozens of cookie parses, on the
 * page's main thread in the embedded mock, the same thread that renders the app (decision 012). Here the cookies are read once, and the path is matched against
 * precompiled patterns for its method only, in the order the routes were given (the first match
 * answers, as with MSW's own list). A path no route takes falls through to the next handler.
 */
export function contractRouter(routes: readonly ContractRoute[], runtime: HubRuntime = mockRuntime): HttpHandler {
  const answer = contractAnswerer(routes, runtime);
  return http.all(`*${API_PREFIX}/*`, ({ request, cookies }) => answer(request, cookies));
}

/**
 * The routes as one function of a request and its cookies, whichever runtime serves them (MSW
 * here, the server's HTTP app in server/http): the answer, or undefined when no route takes the
 * path. Paths are matched against precompiled patterns for the request's method only.
 */
export function contractAnswerer(
  routes: readonly ContractRoute[],
  runtime: HubRuntime,
): (request: Request, cookies: Record<string, string>) => Promise<Response> | undefined {
  const byMethod = new Map<string, ContractRoute[]>();
  for (const route of routes) {
    const list = byMethod.get(route.method) ?? [];
    list.push(route);
    byMethod.set(route.method, list);
  }
  return (request, cookies) => {
    const { pathname } = new URL(request.url);
    const path = pathname.slice(pathname.indexOf(`${API_PREFIX}/`) + API_PREFIX.length);
    for (const route of byMethod.get(request.method) ?? []) {
      const params = route.match(path);
      if (params) return route.answer(request, params, cookies, runtime);
    }
    return undefined;
  };
}
