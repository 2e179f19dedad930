import { createHubApp } from '../../server/http/app';
import { memoryTestControl } from '../control';
import { contractRoutes } from '../routes/contract-routes';
import { mockRuntime } from '../store/mock-store';

/**
 * The embedded mock's rules and memory store behind the server's own HTTP app (server/http/app.ts),
 * so CORS, the CSRF rule, cookies, body limits and the checkout page exist once. With the test-only
 * control endpoints (reset, snapshots, clock, faults, library size): it is a test and demo tool.
 */
export function createMockHubApp(corsOrigins: string | undefined = process.env.CORS_ORIGINS) {
  return createHubApp({ runtime: mockRuntime, routes: contractRoutes, corsOrigins, testControl: memoryTestControl });
}
