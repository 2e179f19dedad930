import { http, HttpResponse } from 'msw';
// zod/mini, as the app's contracts: one copy of zod's core in the build, shared with the app.
import * as z from 'zod/mini';
import { answerTestControl, TEST_CONTROL_PATH } from '../../server/http/test-control';
import { memoryTestControl, resetMockApi } from '../control';
import { getDb } from '../db/db';
import { generateLibraryRows } from '../db/seed/briefing-books';
import { faults } from '../faults';
import { fieldErrorsOf } from '../lib/field-errors';
import { errorBody } from '../lib/http-error';

/** A fault as JSON: `times` may be "Infinity" since JSON has no Infinity. */
const faultSpecSchema = z.object({
  method: z.optional(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])),
  path: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  kind: z.enum(['status', 'network', 'timeout', 'latency']),
  status: z.optional(z.int().check(z.minimum(400), z.maximum(599))),
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  message: z.optional(z.string().check(z.maxLength(300))),
  retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  ms: z.optional(z.int().check(z.nonnegative(), z.maximum(120_000))),
  times: z.optional(z.union([z.int().check(z.positive()), z.literal('Infinity')])),
});

/** A library size for benchmarks: `{ "size": 10000 }`. */
const librarySizeSchema = z.object({ size: z.int().check(z.minimum(1), z.maximum(100_000)) });

/**
 * Makes the library exactly `size` items: the briefing books of the meetings in the database (so
 * meeting pages keep their books; only the first `size` of them if `size` is smaller) and
 * `generateLibraryRows` for the rest. Bookmarks of resources that are gone drop out of the lists.
 * A reset brings back the seeded library.
 */
function setLibrarySize(size: number): void {
  const db = getDb();
  const meetingBooks = db.briefingBooks.filter((b) => b.meetingId !== null).slice(0, size);
  db.briefingBooks = [...meetingBooks, ...generateLibraryRows(size - meetingBooks.length)];
}

/**
 * Mock-only control endpoints, outside the contract (a real API has none): reset to the seed, switch
 * faults on and off, and grow or shrink the library for a benchmark. Served the same way in the
 * browser, in Node tests and over HTTP.
 */
export const controlRoutes = [
  // The test-only endpoints every runtime in test mode serves (black-box suites reset through them).
  http.post(`*${TEST_CONTROL_PATH}/*`, ({ request }) => answerTestControl(request, memoryTestControl)),
  http.post('*/__mock/reset', () => {
    resetMockApi();
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('*/__mock/faults', async ({ request }) => {
    const json: unknown = await request.json().catch(() => undefined);
    const parsed = z.safeParse(faultSpecSchema, json);
    if (!parsed.success) {
      return HttpResponse.json(
        errorBody('validation_failed', 'That is not a valid fault.', fieldErrorsOf(parsed.error)),
        { status: 422 },
      );
    }
    const { times, ...spec } = parsed.data;
    const id = faults.add({ ...spec, times: times === 'Infinity' ? Infinity : times });
    return HttpResponse.json({ id }, { status: 201 });
  }),
  http.delete('*/__mock/faults', () => {
    faults.clear();
    return new HttpResponse(null, { status: 204 });
  }),
  // In the browser the new library lives in memory only (control requests are not stored): it
  // lasts until the page reloads, unless a later change stores the database.
  http.post('*/__mock/library-size', async ({ request }) => {
    const json: unknown = await request.json().catch(() => undefined);
    const parsed = z.safeParse(librarySizeSchema, json);
    if (!parsed.success) {
      return HttpResponse.json(
        errorBody('validation_failed', 'That is not a valid library size.', fieldErrorsOf(parsed.error)),
        { status: 422 },
      );
    }
    setLibrarySize(parsed.data.size);
    return new HttpResponse(null, { status: 204 });
  }),
];
