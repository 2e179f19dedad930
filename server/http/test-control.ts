// zod/mini, as the app's contracts: one copy of zod's core in the build, shared with the app.
import * as z from 'zod/mini';
import { clock } from '../../mocks/clock';
import { faults } from '../../mocks/faults';
import { fieldErrorsOf } from '../../mocks/lib/field-errors';
import { errorBody } from '../../mocks/lib/http-error';
import type { Store } from '../store/store';

/**
 * How a runtime puts its data back for black-box tests: to the demo seed for the clock's "now", or
 * to a state a test saved under a name (so a suite builds its records through the API once, then
 * starts every test from them).
 */
export interface TestControl {
  resetToSeed(now: Date): Promise<void>;
  saveSnapshot(name: string, at: Date): Promise<void>;
  /** The instant the snapshot was saved at, or undefined when there is none of that name. */
  restoreSnapshot(name: string): Promise<Date | undefined>;
  /** The library made exactly `size` items (the meetings' books and generated ones), for benchmarks. */
  setLibrarySize(size: number): Promise<void>;
  /** The store, for reading what only a person's mailbox would show (a welcome e-mail's link). */
  store: Store;
}

/** Where the control endpoints live: under the API, outside the contract. */
export const TEST_CONTROL_PATH = '/api/v1/__test';

const snapshotName = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use a-z, 0-9 and _, 40 at most.'));
const instant = z.iso.datetime({ offset: true });

const resetSchema = z.strictObject({ now: z.optional(instant), snapshot: z.optional(snapshotName) });
const snapshotSchema = z.strictObject({ name: snapshotName });
/** Up to 100,000 items: the benchmark's largest library is 50,000. */
const librarySizeSchema = z.strictObject({ size: z.int().check(z.minimum(1), z.maximum(100_000)) });
const clockSchema = z.union([
  z.strictObject({ now: z.nullable(instant) }),
  z.strictObject({ advanceMs: z.int().check(z.minimum(0)) }),
]);

/** A fault as JSON (mocks/faults.ts): `times` may be "Infinity" since JSON has no Infinity. */
export const faultSpecSchema = z.object({
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

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const done = () => new Response(null, { status: 204 });

async function parse<T>(
  request: Request,
  schema: z.ZodMiniType<T>,
  refusal = 'That is not a valid control request.',
): Promise<{ data: T } | { refused: Response }> {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = z.safeParse(schema, body ?? {});
  if (parsed.success) return { data: parsed.data };
  return { refused: json(422, errorBody('validation_failed', refusal, fieldErrorsOf(parsed.error))) };
}

/** `POST …/faults` switches a fault on (201 with its id); `DELETE` switches every fault off. */
export async function answerFaultControl(request: Request): Promise<Response> {
  if (request.method === 'DELETE') {
    faults.clear();
    return done();
  }
  const parsed = await parse(request, faultSpecSchema, 'That is not a valid fault.');
  if ('refused' in parsed) return parsed.refused;
  const { times, ...spec } = parsed.data;
  return json(201, { id: faults.add({ ...spec, times: times === 'Infinity' ? Infinity : times }) });
}

/** `POST …/library-size` `{ size }`: the library made exactly that big, for benchmarks. */
export async function answerLibrarySize(request: Request, control: TestControl): Promise<Response> {
  const parsed = await parse(request, librarySizeSchema, 'That is not a valid library size.');
  if ('refused' in parsed) return parsed.refused;
  await control.setLibrarySize(parsed.data.size);
  return done();
}

async function answerMailbox(request: Request, control: TestControl): Promise<Response> {
  const to = new URL(request.url).searchParams.get('to')?.trim().toLowerCase() ?? '';
  const rows = await control.store.transaction(async (tx) => tx.outbox.find());
  const items = rows
    .filter((row) => row.toEmail.toLowerCase() === to)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map(({ subject, body, createdAt }) => ({ subject, body, createdAt }));
  return json(200, { items });
}

/**
 * The test-only control endpoints, served only by a runtime started in test mode (the embedded
 * mock, and the server when its tests build it so; `npm run server` never does):
 * - `POST …/__test/reset` `{ now?, snapshot? }`: the clock frozen at `now` (if given) and the data
 *   back to the seed for that day; or, with `snapshot`, the data and clock as saved.
 * - `POST …/__test/snapshots` `{ name }`: saves the data and the clock under `name`.
 * - `POST …/__test/clock` `{ now }` (null lets it run) or `{ advanceMs }`.
 * - `POST …/__test/library-size` `{ size }`: the library made that big (benchmarks).
 * - `POST …/__test/faults` (a fault of mocks/faults.ts), `DELETE …/__test/faults` (all off).
 * - `GET …/__test/outbox?to=<address>`: the e-mails stored for that address, newest first, as
 *   their person would read them (a welcome e-mail with its link, which the staff outbox hides).
 * A reset also switches every fault off.
 * Undefined for any other request, which the caller answers as usual.
 */
export async function answerTestControl(request: Request, control: TestControl): Promise<Response | undefined> {
  const path = new URL(request.url).pathname;
  if (!path.includes(TEST_CONTROL_PATH)) return undefined;
  const action = path.slice(path.indexOf(TEST_CONTROL_PATH) + TEST_CONTROL_PATH.length);
  if (action === '/faults' && (request.method === 'POST' || request.method === 'DELETE')) {
    return answerFaultControl(request);
  }
  if (action === '/outbox' && request.method === 'GET') return answerMailbox(request, control);
  if (request.method !== 'POST') return undefined;

  if (action === '/reset') {
    const parsed = await parse(request, resetSchema);
    if ('refused' in parsed) return parsed.refused;
    const { now, snapshot } = parsed.data;
    faults.clear();
    if (snapshot !== undefined) {
      const at = await control.restoreSnapshot(snapshot);
      if (!at) return json(404, errorBody('not_found', `There is no snapshot named ${snapshot}.`));
      clock.set(at);
      return done();
    }
    if (now !== undefined) clock.set(now);
    await control.resetToSeed(clock.now());
    return done();
  }
  if (action === '/snapshots') {
    const parsed = await parse(request, snapshotSchema);
    if ('refused' in parsed) return parsed.refused;
    await control.saveSnapshot(parsed.data.name, clock.now());
    return done();
  }
  if (action === '/library-size') return answerLibrarySize(request, control);
  if (action === '/clock') {
    const parsed = await parse(request, clockSchema);
    if ('refused' in parsed) return parsed.refused;
    if ('advanceMs' in parsed.data) clock.advance(parsed.data.advanceMs);
    else clock.set(parsed.data.now);
    return done();
  }
  return undefined;
}
