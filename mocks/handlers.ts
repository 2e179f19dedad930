import type { HttpHandler } from 'msw';
import { faultHandler } from './faults';
import { contractRouter } from './lib/contract-router';
import { checkoutControlRoutes } from './routes/checkout-control-routes';
import { controlRoutes } from './routes/control-routes';
import { contractRoutes } from './routes/contract-routes';
import { notFoundRoute } from './routes/not-found-route';

/**
 * Every handler of the mock API, in the order MSW tries them: faults first (they fall through when
 * none matches), the contract's routes behind one router (see contract-router.ts for why one), the
 * control endpoints under /__mock (also reachable below /api/v1), and a 404 for anything else under
 * /api/v1. The browser worker, the Node test server and the HTTP server all serve this list.
 */
export const handlers: HttpHandler[] = [
  faultHandler,
  contractRouter(contractRoutes),
  ...controlRoutes,
  ...checkoutControlRoutes,
  notFoundRoute,
];
