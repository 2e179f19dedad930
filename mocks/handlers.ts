import type { HttpHandler } from 'msw';
import { faultHandler } from './faults';
import { contractRouter } from './lib/contract-router';
import { checkoutControlRoutes } from './routes/checkout-control-routes';
import { controlRoutes } from './routes/control-routes';
import { accessRoutes } from './routes/access-routes';
import { briefingBookRoutes } from './routes/briefing-book-routes';
import { delegationRoutes } from './routes/delegation-routes';
import { duesRoutes } from './routes/dues-routes';
import { joiningRoutes } from './routes/joining-routes';
import { meetingRoutes } from './routes/meeting-routes';
import { memoDraftRoutes } from './routes/memo-draft-routes';
import { memoRoutes } from './routes/memo-routes';
import { networkRoutes } from './routes/network-routes';
import { notFoundRoute } from './routes/not-found-route';
import { overviewRoutes } from './routes/overview-routes';
import { sessionRoutes } from './routes/session-routes';
import { staffMemoRoutes } from './routes/staff-memo-routes';
import { staffApplicationRoutes } from './routes/staff-application-routes';
import { staffAssistanceRoutes } from './routes/staff-assistance-routes';
import { staffInvoiceRoutes } from './routes/staff-invoice-routes';
import { staffOutboxRoutes } from './routes/staff-outbox-routes';
import { staffRoutes } from './routes/staff-routes';
import { staffTravelRoutes } from './routes/staff-travel-routes';
import { trackRoutes } from './routes/track-routes';

/**
 * Every handler of the mock API, in the order MSW tries them: faults first (they fall through when
 * none matches), the contract's routes behind one router (see contract-router.ts for why one), the
 * control endpoints under /__mock (also reachable below /api/v1), and a 404 for anything else under
 * /api/v1. The browser worker, the Node test server and the HTTP server all serve this list.
 */
export const handlers: HttpHandler[] = [
  faultHandler,
  contractRouter([
    ...sessionRoutes,
    ...overviewRoutes,
    ...meetingRoutes,
    ...memoRoutes,
    ...memoDraftRoutes,
    ...briefingBookRoutes,
    ...trackRoutes,
    ...networkRoutes,
    ...duesRoutes,
    ...joiningRoutes,
    ...accessRoutes,
    ...delegationRoutes,
    ...staffRoutes,
    ...staffMemoRoutes,
    ...staffApplicationRoutes,
    ...staffAssistanceRoutes,
    ...staffInvoiceRoutes,
    ...staffOutboxRoutes,
    ...staffTravelRoutes,
  ]),
  ...controlRoutes,
  ...checkoutControlRoutes,
  notFoundRoute,
];
