import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { resetMockApi } from '../control';
import { getDb } from '../db/db';
import { generateLibraryRows } from '../db/seed/briefing-books';
import { faults } from '../faults';
import { fieldErrorsOf } from '../lib/field-errors';
import { errorBody } from '../lib/http-error';

/** A fault as JSON: `times` may be "Infinity" since JSON has no Infinity. */
const faultSpecSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
  path: z.string().min(1).max(300).optional(),
  kind: z.enum(['status', 'network', 'timeout', 'latency']),
  status: z.number().int().min(400).max(599).optional(),
  code: z.string().min(1).max(80).optional(),
  message: z.string().max(300).optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  ms: z.number().int().nonnegative().max(120_000).optional(),
  times: z.union([z.number().int().positive(), z.literal('Infinity')]).optional(),
});

/** A library size for benchmarks: `{ "size": 10000 }`. */
const librarySizeSchema = z.object({ size: z.number().int().min(1).max(100_000) });

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
  http.post('*/__mock/reset', () => {
    resetMockApi();
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('*/__mock/faults', async ({ request }) => {
    const json: unknown = await request.json().catch(() => undefined);
    const parsed = faultSpecSchema.safeParse(json);
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
    const parsed = librarySizeSchema.safeParse(json);
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
