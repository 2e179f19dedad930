import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError, describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import { fillPath, type Endpoint } from '@/api/contracts/endpoint';
import { endpoints, type EndpointName } from '@/api/contracts/endpoints';
import { registerSignInPrompt } from '@/api/session-hooks';
import { retryDelay, shouldRetryQuery } from '@/app/query-client';
import { http, HttpResponse } from 'msw';
import { faults } from '@mocks/faults';
import { server } from '@mocks/node';
import { ACTORS, POLICY, isUnbound, type ActorKind } from '@mocks/tests/authorisation-policy';
import openapi from '../../public/openapi.json';
import {
  MATRIX_FAULTS,
  RETRY_AFTER_SECONDS,
  faultPathFor,
  problemsWithWords,
  type MatrixFault,
} from '../fault-matrix/faults';

/**
 * The fault matrix, first layer: every endpoint of the inventory × the ten faults, straight through
 * the fetch client (`apiRequest`) against the mock API. Each cell signs in as someone the
 * authorisation policy lets call the endpoint, makes the endpoint (and nothing else) fail, and
 * checks the one retry policy (quality.md; src/api/client.ts, src/app/query-client.ts):
 *   - the request settles, never hangs past the (shortened) timeout;
 *   - it rejects with an ApiError with the fault's status and code, which `describeError` puts in
 *     plain words;
 *   - a request with an Idempotency-Key is sent once more by itself after a 5xx, no answer, or a
 *     429 with a short Retry-After, and never after a timeout or another 4xx; any other request
 *     is sent exactly once;
 *   - a 401 on a session endpoint asks the connected app's `reauthenticate`, and sends nothing more when
 *     the person does not sign in again.
 * The faults answer before the mock's validation, so any body reaches them: none is built here.
 */

/** The request timeout each call here passes, in place of the client's 20 s. */
const TIMEOUT_MS = 150;
/** The keyed client's own pause before its one resend (src/api/client.ts `KEYED_RETRY`). */
const KEYED_PAUSE_MS = 1000;

const inventory = Object.values(endpoints) as Endpoint[];

/** Who calls it: the first actor the authorisation policy allows, in this order. */
const ACTOR_PREFERENCE: readonly ActorKind[] = [
  'mayor',
  'staff',
  'staffFinance',
  'staffAdmin',
  'prospective',
  'delegate',
  'anonymous',
];

function actorFor(endpoint: Endpoint): ActorKind | undefined {
  const policy = POLICY[endpoint.operationId];
  if (!policy) return undefined;
  const allowed = isUnbound(policy) ? policy.anyCity : policy.own;
  return ACTOR_PREFERENCE.find((actor) => allowed.includes(actor));
}

/** A value for every path parameter of the inventory: Riverton's records in the seed. */
const PARAM_VALUES: Record<string, string> = {
  memberId: 'riverton',
  personId: 'ana-ortiz',
  meetingId: 'winter-2027',
  registrationId: 'reg-winter-2026-riverton-1',
  memoRequestId: 'memo-riverton-adu',
  bookId: 'bb-winter-2026',
  trackId: 'first-term',
  invoiceId: 'inv-riverton-2026',
  applicationId: 'app-millbrook',
  assistanceRequestId: 'assist-cedar-falls-2026',
  checkoutSessionId: 'cs-seed-inv-riverton-2026-1',
  delegationId: 'del-jordan-ana',
  // A welcome link's token: the faults answer before the route looks it up.
  token: 'welcome-token',
};

const pathParamsOf = (endpoint: Endpoint): string[] =>
  [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

function paramsFor(endpoint: Endpoint): Record<string, string> {
  return Object.fromEntries(pathParamsOf(endpoint).map((name) => [name, PARAM_VALUES[name] ?? '']));
}

async function signInAs(actor: ActorKind): Promise<void> {
  const { email } = ACTORS[actor];
  if (email) await apiRequest('signIn', { body: { email, password: 'demo' } });
}

/** An app's QueryClient, as the requests name it, whose sign-in dialog answers `signedIn`. */
function appWithSignInAgain(signedIn: boolean) {
  const client = new QueryClient();
  const reauthenticate = vi.fn(() => Promise.resolve(signedIn));
  onTestFinished(registerSignInPrompt(client, reauthenticate));
  return { client, reauthenticate };
}

/** Every request the client sends for this endpoint, as it leaves (the mock still answers it). */
function countRequests(endpoint: Endpoint): { count: () => number } {
  const pathname = `/api/v1${fillPath(endpoint.path, paramsFor(endpoint))}`;
  let sent = 0;
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    if (request.method === endpoint.method && new URL(request.url).pathname === pathname) sent += 1;
    return realFetch(request);
  });
  return { count: () => sent };
}

/**
 * Calls the endpoint as the app would (with an Idempotency-Key where the contract asks for one)
 * and drives the clock until it settles: the client's own pauses (before its one resend) run on
 * fake timers, the shortened request timeout on real ones. Fails when it has not settled within
 * a bound well past the timeout, rather than hanging the test.
 */
async function callAndSettle(
  endpoint: Endpoint,
  client?: QueryClient,
): Promise<{ error: unknown; elapsedMs: number; fakeMs: number }> {
  const name = endpoint.operationId as EndpointName;
  const started = performance.now();
  const state: { settled?: { error: unknown } } = {};
  const done = () => state.settled !== undefined;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let fakeMs = 0;
  try {
    const request = (apiRequest as (n: EndpointName, o: object) => Promise<unknown>)(name, {
      params: paramsFor(endpoint),
      timeoutMs: TIMEOUT_MS,
      client,
      ...(endpoint.body ? { body: {} } : {}),
      ...(endpoint.idempotencyKey ? { idempotencyKey: `fault-matrix-${name}` } : {}),
    });
    request.then(
      () => (state.settled = { error: undefined }),
      (error: unknown) => (state.settled = { error }),
    );
    while (!done() && performance.now() - started < TIMEOUT_MS * 4 + 2000) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!done()) {
        await vi.advanceTimersByTimeAsync(100);
        fakeMs += 100;
      }
    }
  } finally {
    vi.useRealTimers();
  }
  const { settled } = state;
  if (!settled) throw new Error(`${name} did not settle`);
  return { error: settled.error, elapsedMs: performance.now() - started, fakeMs };
}

/** How many requests the client sends for the endpoint under this fault, by the one policy. */
function expectedRequests(endpoint: Endpoint, fault: MatrixFault): number {
  return endpoint.idempotencyKey && fault.keyedResend ? 2 : 1;
}

interface Cell {
  endpoint: Endpoint;
  fault: MatrixFault;
  name: string;
}

const cells: Cell[] = inventory.flatMap((endpoint) =>
  MATRIX_FAULTS.map((fault) => {
    const requests = expectedRequests(endpoint, fault);
    const sent = `${requests} request${requests > 1 ? 's' : ''}`;
    const key = endpoint.idempotencyKey ? 'keyed' : 'unkeyed';
    return { endpoint, fault, name: `${fault.name} → ${fault.code} (${fault.status}), ${key}: ${sent}` };
  }),
);

describe('fault matrix, client: every endpoint × every fault', () => {
  describe.each(
    inventory.map((endpoint) => [`${endpoint.operationId} (${endpoint.method} ${endpoint.path})`, endpoint]),
  )('%s', (_label, endpoint) => {
    it.each(cells.filter((cell) => cell.endpoint === endpoint).map((cell) => [cell.name, cell]))(
      '%s',
      async (_name, { fault }) => {
        const actor = actorFor(endpoint);
        if (!actor) throw new Error(`No actor may call ${endpoint.operationId}`);
        await signInAs(actor);
        const { client, reauthenticate } = appWithSignInAgain(false);
        const sent = countRequests(endpoint);
        faults.add({ ...fault.spec, method: endpoint.method, path: faultPathFor(endpoint), times: Infinity });

        const { error, elapsedMs } = await callAndSettle(endpoint, client);

        expect(error).toBeInstanceOf(ApiError);
        const apiError = error as ApiError;
        expect({ status: apiError.status, code: apiError.code }).toEqual({ status: fault.status, code: fault.code });
        const words = describeError(apiError);
        expect(problemsWithWords(words), `"${words}"`).toEqual([]);
        expect(sent.count()).toBe(expectedRequests(endpoint, fault));
        // Settled in real time: at most two shortened timeouts, never the 20 s default.
        expect(elapsedMs).toBeLessThan(TIMEOUT_MS * 2 + 1500);
        const asksToSignIn = fault.status === 401 && endpoint.auth === 'session';
        expect(reauthenticate).toHaveBeenCalledTimes(asksToSignIn ? 1 : 0);
        if (fault.status === 429) expect(apiError.retryAfterSeconds).toBe(RETRY_AFTER_SECONDS);
      },
    );
  });
});

describe('fault matrix, client: the policy in detail', () => {
  const keyed = inventory.filter((endpoint) => endpoint.idempotencyKey);
  const sessionEndpoints = inventory.filter((endpoint) => endpoint.auth === 'session');

  it.each(keyed.map((endpoint) => [endpoint.operationId, endpoint]))(
    '%s: a 429 asking for a long wait is shown, not waited out (one request)',
    async (_name, endpoint) => {
      await signInAs(actorFor(endpoint) ?? 'mayor');
      const sent = countRequests(endpoint);
      faults.add({
        kind: 'status',
        status: 429,
        retryAfterSeconds: 60,
        method: endpoint.method,
        path: faultPathFor(endpoint),
        times: Infinity,
      });
      const { error } = await callAndSettle(endpoint);
      expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 60 });
      expect(sent.count()).toBe(1);
    },
  );

  it.each(keyed.map((endpoint) => [endpoint.operationId, endpoint]))(
    '%s: a passing 503 is resent once with the same key, after a pause, and succeeds or answers the API',
    async (_name, endpoint) => {
      await signInAs(actorFor(endpoint) ?? 'mayor');
      const sent = countRequests(endpoint);
      faults.add({ kind: 'status', status: 503, method: endpoint.method, path: faultPathFor(endpoint), times: 1 });
      const { error, fakeMs } = await callAndSettle(endpoint);
      expect(sent.count()).toBe(2);
      expect(fakeMs).toBeGreaterThanOrEqual(KEYED_PAUSE_MS);
      // The resend reached the real route, whose answer (the empty body: 422) is not the fault's.
      expect(error).not.toMatchObject({ code: 'service_unavailable' });
    },
  );

  it('waits as long as a short Retry-After says before the resend of a keyed request', async () => {
    const endpoint = endpoints.createMemoRequest as Endpoint;
    await signInAs('mayor');
    const sent = countRequests(endpoint);
    faults.add({ kind: 'status', status: 429, retryAfterSeconds: 3, method: 'POST', path: faultPathFor(endpoint) });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const request = apiRequest('createMemoRequest', {
        params: { memberId: 'riverton' },
        body: {} as never,
        idempotencyKey: 'fault-matrix-wait',
      }).catch((error: unknown) => error);
      await vi.waitFor(() => expect(sent.count()).toBe(1));
      await vi.advanceTimersByTimeAsync(2900);
      expect(sent.count()).toBe(1);
      await vi.advanceTimersByTimeAsync(200);
      await vi.waitFor(() => expect(sent.count()).toBe(2));
      await request;
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(sessionEndpoints.map((endpoint) => [endpoint.operationId, endpoint]))(
    '%s: after a 401 and signing in again, the request is replayed exactly once',
    async (_name, endpoint) => {
      await signInAs(actorFor(endpoint) ?? 'mayor');
      const { client, reauthenticate } = appWithSignInAgain(true);
      const sent = countRequests(endpoint);
      faults.add({
        kind: 'status',
        status: 401,
        method: endpoint.method,
        path: faultPathFor(endpoint),
        times: Infinity,
      });
      const { error } = await callAndSettle(endpoint, client);
      expect(error).toMatchObject({ status: 401, code: 'session_expired' });
      expect(reauthenticate).toHaveBeenCalledTimes(1);
      expect(sent.count()).toBe(2);
    },
  );

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 502, 503])(
    'an error answer without the API’s error body still gets words: %i, with and without a status text',
    async (status) => {
      for (const statusText of [undefined, '']) {
        // A proxy's own page; over HTTP/2 there is no status text at all.
        server.use(
          http.get('*/api/v1/policy-areas', () => new HttpResponse('<html>Oops</html>', { status, statusText }), {
            once: true,
          }),
        );
        const error = await apiRequest('listPolicyAreas', { timeoutMs: TIMEOUT_MS }).catch((e: unknown) => e);
        expect(error).toMatchObject({ status, code: `http_${status}` });
        const words = describeError(error);
        expect(problemsWithWords(words), `${status} "${statusText ?? 'default'}": "${words}"`).toEqual([]);
      }
    },
  );
});

/**
 * The query side of the one policy (src/app/query-client.ts), fed the errors the client really
 * makes of each fault: network errors, timeouts and 5xx are retried (twice, backing off 1 s then
 * 2 s); a 429 waits for its Retry-After (and a long one is not waited out); no other 4xx is.
 */
describe('fault matrix, queries: shouldRetryQuery and retryDelay for each fault', () => {
  const endpoint = endpoints.listPolicyAreas as Endpoint;

  async function errorOf(spec: MatrixFault['spec']): Promise<ApiError> {
    faults.add({ ...spec, method: 'GET', path: faultPathFor(endpoint) });
    const error = await apiRequest('listPolicyAreas', { timeoutMs: TIMEOUT_MS }).catch((e: unknown) => e);
    if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
    return error;
  }

  it.each(MATRIX_FAULTS.map((fault) => [fault.name, fault]))('%s', async (_name, fault) => {
    const error = await errorOf(fault.spec);
    expect([shouldRetryQuery(0, error), shouldRetryQuery(1, error), shouldRetryQuery(2, error)]).toEqual(
      fault.queryRetries ? [true, true, false] : [false, false, false],
    );
    if (fault.status === 429) {
      expect([retryDelay(0, error), retryDelay(1, error)]).toEqual([
        RETRY_AFTER_SECONDS * 1000,
        RETRY_AFTER_SECONDS * 1000,
      ]);
    } else if (fault.queryRetries) {
      expect([retryDelay(0, error), retryDelay(1, error), retryDelay(5, error)]).toEqual([1000, 2000, 8000]);
    }
  });

  it('429 with a Retry-After longer than 30 s: not retried (shown with the wait instead)', async () => {
    const error = await errorOf({ kind: 'status', status: 429, retryAfterSeconds: 31 });
    expect(shouldRetryQuery(0, error)).toBe(false);
    const short = await errorOf({ kind: 'status', status: 429, retryAfterSeconds: 30 });
    expect(shouldRetryQuery(0, short)).toBe(true);
    expect(retryDelay(0, short)).toBe(30_000);
  });

  it('a response that breaks the contract is a bug, never retried', () => {
    const error = new ApiError({ status: 200, code: 'contract_mismatch', message: 'x' });
    expect(shouldRetryQuery(0, error)).toBe(false);
    expect(shouldRetryQuery(0, new Error('not an ApiError'))).toBe(false);
  });
});

describe('the client fault matrix covers the inventory', () => {
  const operationIds = inventory.map((endpoint) => endpoint.operationId);

  it('has every endpoint × every fault as a cell, and nothing else', () => {
    const covered = new Map<string, string[]>();
    for (const cell of cells)
      covered.set(cell.endpoint.operationId, [...(covered.get(cell.endpoint.operationId) ?? []), cell.fault.name]);
    const faultNames = MATRIX_FAULTS.map((fault) => fault.name);
    expect(operationIds.filter((id) => covered.get(id)?.join() !== faultNames.join())).toEqual([]);
    expect(cells).toHaveLength(operationIds.length * MATRIX_FAULTS.length);
    expect(faultNames).toEqual(['500', '503', 'network', 'timeout', '401', '403', '404', '409', '422', '429']);
  });

  it('covers every operation of the OpenAPI document', () => {
    const paths = openapi.paths as Record<string, Record<string, { operationId: string }>>;
    const documented = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(documented.filter((id) => !operationIds.includes(id))).toEqual([]);
    expect(operationIds.filter((id) => !documented.includes(id))).toEqual([]);
  });

  it('can call every endpoint: an allowed actor and a value for each path parameter', () => {
    expect(operationIds.filter((id) => !actorFor(endpoints[id as EndpointName] as Endpoint))).toEqual([]);
    const missing = inventory.flatMap((endpoint) =>
      pathParamsOf(endpoint)
        .filter((name) => !(name in PARAM_VALUES))
        .map((name) => `${endpoint.operationId} {${name}}`),
    );
    expect(missing).toEqual([]);
  });
});
