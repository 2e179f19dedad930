import { errorBodySchema } from './contracts/common';
import { fillPath, type BodyOf, type Endpoint, type QueryOf, type ResponseOf } from './contracts/endpoint';
import { ApiError } from './api-error';
import { sessionEvents } from './session-events';
import { env } from '@/config/env';

const DEFAULT_TIMEOUT_MS = 20_000;
/** Changing requests that stay possible during a read-only preview: leaving it, and signing out. */
const ALLOWED_WHILE_PREVIEWING = new Set(['endPreview', 'signOut']);

export interface RequestOptions<E extends Endpoint> {
  params?: Record<string, string>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  signal?: AbortSignal;
  idempotencyKey?: string;
  timeoutMs?: number;
}

export function apiUrl(path: string, query?: Record<string, unknown>): string {
  const base = env.apiUrl || window.location.origin;
  const url = new URL(`${base}/api/v1${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * Calls one endpoint of the contract and parses the answer with its schema, so a drifting backend
 * fails here, loudly, and never deeper in the UI.
 */
export async function apiRequest<E extends Endpoint>(endpoint: E, options: RequestOptions<E> = {}): Promise<ResponseOf<E>> {
  if (endpoint.method !== 'GET' && sessionEvents.isPreviewing() && !ALLOWED_WHILE_PREVIEWING.has(endpoint.operationId)) {
    throw new ApiError({ status: 403, code: 'preview_read_only', message: 'This is a read-only preview; nothing can be changed.' });
  }
  const response = await send(endpoint, options);
  if (response.status === 401 && endpoint.auth === 'session' && (await sessionEvents.reauthenticate())) {
    return readResponse(endpoint, await send(endpoint, options));
  }
  return readResponse(endpoint, response);
}

async function send<E extends Endpoint>(endpoint: E, options: RequestOptions<E>): Promise<Response> {
  const url = apiUrl(fillPath(endpoint.path, options.params ?? {}), options.query as Record<string, unknown> | undefined);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await fetch(url, {
      method: endpoint.method,
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

async function readResponse<E extends Endpoint>(endpoint: E, response: Response): Promise<ResponseOf<E>> {
  if (!response.ok) throw await toApiError(response);
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  const parsed = endpoint.response.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'contract_mismatch',
      message: `${endpoint.operationId}: the response does not match the contract`,
    });
  }
  return parsed.data as ResponseOf<E>;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const body = errorBodySchema.safeParse(await response.json().catch(() => null));
  return new ApiError({
    status: response.status,
    code: body.success ? body.data.error.code : `http_${response.status}`,
    message: body.success ? body.data.error.message : response.statusText || `HTTP ${response.status}`,
    fieldErrors: body.success ? body.data.error.fieldErrors : undefined,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  });
}
