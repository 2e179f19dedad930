import type { BodyOf, QueryOf, ResponseOf, RouteInfo } from './contracts/endpoint';
import { fillPath } from './contracts/endpoint';
import type { EndpointName, endpoints } from './contracts/endpoints';
import { contractAreas, routes, type ContractArea } from './contracts/routes.generated';
import { ApiError } from './api-error';
import type { QueryClient } from '@tanstack/react-query';
import { ACCESS_ENDED_CODES, sessionHooksOf } from './session-hooks';
import { requestsHeld } from './requests-held';
import { env } from '@/config/env';

type Endpoints = typeof endpoints;

/** How long a request may go unanswered before it fails with `timeout` (a caller may pass its own). */
const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * A request carrying an Idempotency-Key is sent once more by itself after no answer (a dropped
 * connection, not a timeout: that already took 20 s), a 5xx, or a 429 with a short Retry-After:
 * the key makes the API answer the first result, so nothing is created twice. Nothing else is.
 */
const KEYED_RETRY = { attempts: 1, delayMs: 1000, maxRetryAfterSeconds: 10 };
/** Changing requests that stay possible during a read-only preview: leaving it, and signing out. */
const ALLOWED_WHILE_PREVIEWING = new Set<EndpointName>(['endPreview', 'signOut']);

/**
 * The contract's schemas load with the first request, in parallel with it, rather than before the
 * first page can start (zod is ~16 KiB gzip); every response is still parsed before anyone sees it.
 * zod and the error body's schema come with any request; an area's endpoint schemas with that
 * area's first request (decision 042), so a signed-out visitor builds the session's only, and a
 * member never downloads MIP staff's. Each import's promise is kept: the bundler's preload check
 * behind each `import()` costs a slow phone a couple of milliseconds per request.
 */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a failed load (offline) is tried again with the next request
      throw error;
    }));
}
const loadRuntime = loadOnce(() => import('./contracts/runtime'));
const areaLoaders = new Map<ContractArea, () => Promise<Partial<Endpoints>>>();
function loadArea(area: ContractArea): Promise<Partial<Endpoints>> {
  let load = areaLoaders.get(area);
  if (!load) areaLoaders.set(area, (load = loadOnce<Partial<Endpoints>>(contractAreas[area])));
  return load();
}

function loadContract(route: { area: ContractArea }) {
  const schemas = loadArea(route.area);
  schemas.catch(() => undefined); // an error answer never waits for (or reports) the area's schemas
  return { runtime: loadRuntime(), schemas };
}

export interface RequestOptions<E> {
  params?: Record<string, string>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  signal?: AbortSignal;
  idempotencyKey?: string;
  /** The version of the record the person saw: the API refuses the change (412) if it moved on. */
  ifMatch?: string;
  timeoutMs?: number;
  /**
   * The app's cache the request belongs to (the query or mutation context's `client`): its session.
   * App code always passes it (a lint rule checks); a test may call the API with none.
   */
  client?: QueryClient;
}

export function apiUrl(path: string, query?: Record<string, unknown>): string {
  const base = env.apiUrl || window.location.origin;
  const url = new URL(`${base}/api/v1${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return url.toString();
}

/**
 * Calls one endpoint of the contract, by its operation name, and parses the answer with its
 * schema, so a drifting backend fails here, loudly, and never deeper in the UI.
 */
export async function apiRequest<N extends EndpointName>(
  name: N,
  options: RequestOptions<Endpoints[N]> = {},
): Promise<ResponseOf<Endpoints[N]>> {
  const route = routes[name];
  const session = sessionHooksOf(options.client);
  if (route.method !== 'GET' && session.isPreviewing() && !ALLOWED_WHILE_PREVIEWING.has(name)) {
    throw new ApiError({
      status: 403,
      code: 'preview_read_only',
      message: 'This is a read-only preview; nothing can be changed.',
    });
  }
  const contract = loadContract(route);
  try {
    const response = await sendKeyedWithRetry(route, options);
    if (response.status === 401 && route.auth === 'session' && (await session.reauthenticate())) {
      return await readResponse(name, await send(route, options), contract);
    }
    return await readResponse(name, response, contract);
  } catch (error) {
    // A delegate's access ended mid-session: whatever asked, the whole tab needs to know.
    if (error instanceof ApiError && ACCESS_ENDED_CODES.has(error.code)) session.accessEnded(error);
    throw error;
  }
}

async function sendKeyedWithRetry<E>(route: RouteInfo, options: RequestOptions<E>): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const last = !options.idempotencyKey || attempt >= KEYED_RETRY.attempts;
    let response: Response;
    try {
      response = await send(route, options);
    } catch (error) {
      if (last || !(error instanceof ApiError) || error.code !== 'network_error') throw error;
      await pause(KEYED_RETRY.delayMs, options.signal);
      continue;
    }
    const waitMs = keyedRetryWait(response);
    if (last || waitMs === null) return response;
    await pause(waitMs, options.signal);
  }
}

/** How long to wait before sending a keyed request again after this answer; null: don't. */
function keyedRetryWait(response: Response): number | null {
  if (response.status >= 500) return KEYED_RETRY.delayMs;
  if (response.status !== 429) return null;
  const retryAfter = Number(response.headers.get('Retry-After') ?? '1');
  if (!Number.isFinite(retryAfter) || retryAfter > KEYED_RETRY.maxRetryAfterSeconds) return null;
  return Math.max(retryAfter, 0) * 1000;
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}

function acceptOf(route: RouteInfo): string {
  if (route.responseType === 'file') return route.fileMediaTypes?.join(', ') ?? '*/*';
  return route.responseType ?? 'application/json';
}

async function send<E>(route: RouteInfo, options: RequestOptions<E>): Promise<Response> {
  const url = apiUrl(fillPath(route.path, options.params ?? {}), options.query);
  const headers: Record<string, string> = { Accept: acceptOf(route) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const hold = requestsHeld();
  if (hold) await hold;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await fetch(url, {
      method: route.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error; // cancelled by the caller (React Query): not a failure
    if (timeout.aborted) throw new ApiError({ status: 0, code: 'timeout', message: 'The request timed out.' });
    throw new ApiError({ status: 0, code: 'network_error', message: 'The network request failed.' });
  }
}

async function readResponse<N extends EndpointName>(
  name: N,
  response: Response,
  contract: ReturnType<typeof loadContract>,
): Promise<ResponseOf<Endpoints[N]>> {
  const { errorBodySchema, safeParse } = await contract.runtime;
  if (!response.ok) throw await toApiError(response, (body) => safeParse(errorBodySchema, body));
  const payload: unknown = await payloadOf(response, routes[name].responseType);
  const schema = (await contract.schemas)[name];
  const parsed = schema ? safeParse(schema.response, payload) : { success: false as const };
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'contract_mismatch',
      message: `${name}: the response does not match the contract`,
    });
  }
  return parsed.data as ResponseOf<Endpoints[N]>;
}

async function payloadOf(response: Response, type: RouteInfo['responseType']): Promise<unknown> {
  if (response.status === 204) return null;
  if (type === 'file') return response.blob(); // a file endpoint: its schema is a Blob
  if (type) return response.text(); // a text endpoint (text/calendar): its schema is a string
  return response.json().catch(() => undefined);
}

type ErrorBodyParse = (
  body: unknown,
) =>
  | { success: true; data: { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } } }
  | { success: false };

async function toApiError(response: Response, parseErrorBody: ErrorBodyParse): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const body = parseErrorBody(await response.json().catch(() => null));
  return new ApiError({
    status: response.status,
    code: body.success ? body.data.error.code : `http_${response.status}`,
    message: body.success ? body.data.error.message : response.statusText || `HTTP ${response.status}`,
    fieldErrors: body.success ? body.data.error.fieldErrors : undefined,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  });
}
