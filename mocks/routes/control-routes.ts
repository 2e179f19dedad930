import { http, HttpResponse } from 'msw';
import {
  answerFaultControl,
  answerLibrarySize,
  answerTestControl,
  TEST_CONTROL_PATH,
} from '../../server/http/test-control';
import { memoryTestControl, resetMockApi } from '../control';

/**
 * Mock-only control endpoints, outside the contract (a real API has none): reset to the seed, switch
 * faults on and off, and grow or shrink the library for a benchmark. Served the same way in the
 * browser, in Node tests and over HTTP.
 */
export const controlRoutes = [
  // The test-only endpoints every runtime in test mode serves (black-box suites reset through them).
  http.all(`*${TEST_CONTROL_PATH}/*`, ({ request }) => answerTestControl(request, memoryTestControl)),
  http.post('*/__mock/reset', () => {
    resetMockApi();
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('*/__mock/faults', ({ request }) => answerFaultControl(request)),
  http.delete('*/__mock/faults', ({ request }) => answerFaultControl(request)),
  // In the browser the new library lives in memory only (control requests are not stored): it
  // lasts until the page reloads, unless a later change stores the database.
  http.post('*/__mock/library-size', ({ request }) => answerLibrarySize(request, memoryTestControl)),
];
