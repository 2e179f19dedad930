import type { Endpoint } from '@/api/contracts/endpoint';
import type { FaultSpec } from '@mocks/faults';

/**
 * The ten faults of the fault matrix (quality.md, "Data is never lost or doubled"): what the API
 * (or the network) does to one request, and what the fetch client makes of it. Both layers of the
 * matrix (tests/unit/fault-matrix-client.test.ts and tests/integration/fault-matrix*.test.tsx)
 * run every endpoint of the inventory against each of these.
 */
export type FaultName = '500' | '503' | 'network' | 'timeout' | '401' | '403' | '404' | '409' | '422' | '429';

export interface MatrixFault {
  name: FaultName;
  /** What the mock does; `method`, `path` and `times` are added per cell. */
  spec: Omit<FaultSpec, 'method' | 'path' | 'times'>;
  /** The ApiError the client turns it into. */
  status: number;
  code: string;
  /**
   * A request with an Idempotency-Key is sent once more by itself (src/api/client.ts): no answer
   * at all (not a timeout), a 5xx, a 429 with a short Retry-After.
   */
  keyedResend: boolean;
  /** A query is retried (src/app/query-client.ts), so a page load recovers from a passing fault. */
  queryRetries: boolean;
  /** Trying again can help: the UI offers a way to (a "Try again" button, or the form's button). */
  retryHelps: boolean;
}

/** The Retry-After of the matrix's 429: short, so both a keyed request and a query wait it out. */
export const RETRY_AFTER_SECONDS = 1;

export const MATRIX_FAULTS: readonly MatrixFault[] = [
  {
    name: '500',
    spec: { kind: 'status', status: 500 },
    status: 500,
    code: 'internal_error',
    keyedResend: true,
    queryRetries: true,
    retryHelps: true,
  },
  {
    name: '503',
    spec: { kind: 'status', status: 503 },
    status: 503,
    code: 'service_unavailable',
    keyedResend: true,
    queryRetries: true,
    retryHelps: true,
  },
  {
    name: 'network',
    spec: { kind: 'network' },
    status: 0,
    code: 'network_error',
    keyedResend: true,
    queryRetries: true,
    retryHelps: true,
  },
  {
    name: 'timeout',
    spec: { kind: 'timeout' },
    status: 0,
    code: 'timeout',
    keyedResend: false,
    queryRetries: true,
    retryHelps: true,
  },
  {
    name: '401',
    spec: { kind: 'status', status: 401 },
    status: 401,
    code: 'session_expired',
    keyedResend: false,
    queryRetries: false,
    retryHelps: false,
  },
  {
    name: '403',
    spec: { kind: 'status', status: 403 },
    status: 403,
    code: 'forbidden',
    keyedResend: false,
    queryRetries: false,
    retryHelps: false,
  },
  {
    name: '404',
    spec: { kind: 'status', status: 404 },
    status: 404,
    code: 'not_found',
    keyedResend: false,
    queryRetries: false,
    retryHelps: false,
  },
  {
    name: '409',
    spec: { kind: 'status', status: 409 },
    status: 409,
    code: 'conflict',
    keyedResend: false,
    queryRetries: false,
    retryHelps: false,
  },
  {
    name: '422',
    spec: { kind: 'status', status: 422 },
    status: 422,
    code: 'validation_failed',
    keyedResend: false,
    queryRetries: false,
    retryHelps: false,
  },
  {
    name: '429',
    spec: { kind: 'status', status: 429, retryAfterSeconds: RETRY_AFTER_SECONDS },
    status: 429,
    code: 'rate_limited',
    keyedResend: true,
    queryRetries: true,
    retryHelps: true,
  },
];

/**
 * The fault's path glob for an endpoint: its path with every `{param}` as `*` (one segment), and a
 * leading `*` so that the glob is anchored at both ends even without parameters (a plain path is a
 * substring match: `/dues-tiers` would also hit `/dues-tiers/quote`). One endpoint, nothing else.
 */
export function faultPathFor(endpoint: Pick<Endpoint, 'path'>): string {
  return `*/api/v1${endpoint.path.replace(/\{\w+\}/g, '*')}`;
}

/** Whether a string reads as words for a person: not empty, not a status line, code or stack. */
export function problemsWithWords(text: string): string[] {
  const problems: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') problems.push('empty');
  if (!/[A-Za-z]{2,}[\s,;:'’]+[A-Za-z]{2,}/.test(trimmed)) problems.push('fewer than two words');
  if (/\bHTTP\s*\d{3}\b/i.test(trimmed)) problems.push('an HTTP status line');
  if (/\b[a-z]+(?:_[a-z]+)+\b/.test(trimmed)) problems.push('a snake_case code');
  if (/\bat .+:\d+:\d+/.test(trimmed) || /\b(?:TypeError|ReferenceError|Error):/.test(trimmed))
    problems.push('a stack trace or exception');
  if (/\b(?:undefined|null|NaN)\b|\[object /.test(trimmed)) problems.push('a programming value');
  return problems;
}
