import { delay, http, HttpResponse } from 'msw';
import { errorBody } from './lib/http-error';

/**
 * Switchable failures for tests: a status answer (500, 503, 429 with Retry-After, 401 mid-session…),
 * a network error, a request that never answers, or extra latency. Served by the first handler, which
 * falls through to the real routes when no fault matches.
 */
export interface FaultSpec {
  /** GET, POST…; any method when left out. */
  method?: string;
  /** A substring of the pathname ("/members/riverton/dues"), or a glob with * (one segment) and ** (any). */
  path?: string;
  kind: 'status' | 'network' | 'timeout' | 'latency';
  status?: number;
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  ms?: number;
  /** How many requests it hits; default 1, Infinity for all. */
  times?: number;
}

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  remaining: number;
  matches: (pathname: string) => boolean;
}

const DEFAULTS: Record<number, [code: string, message: string]> = {
  400: ['bad_request', 'The request could not be understood.'],
  401: ['session_expired', 'Your session has ended. Sign in again to continue.'],
  403: ['forbidden', "You don't have permission to do this."],
  404: ['not_found', 'That could not be found.'],
  409: ['conflict', 'This changed while you were working on it. Reload and try again.'],
  412: ['precondition_failed', 'Someone else changed this in the meantime. Reload to see the latest version.'],
  422: ['validation_failed', 'Some answers need correcting.'],
  429: ['rate_limited', 'Too many requests. Wait a moment and try again.'],
  500: ['internal_error', 'Something went wrong on our side. Please try again.'],
  502: ['bad_gateway', 'The service is not reachable right now. Please try again.'],
  503: ['service_unavailable', 'The service is busy or down for maintenance. Please try again shortly.'],
  504: ['gateway_timeout', 'The service took too long to answer. Please try again.'],
};

let active: ActiveFault[] = [];
let nextId = 1;

function pathMatcher(path: string | undefined): (pathname: string) => boolean {
  if (!path) return () => true;
  if (!path.includes('*')) return (pathname) => pathname.includes(path);
  const pattern = path
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  const regex = new RegExp(`^${pattern}$`);
  return (pathname) => regex.test(pathname);
}

export const faults = {
  add(spec: FaultSpec): number {
    const id = nextId++;
    active.push({ id, spec, remaining: spec.times ?? 1, matches: pathMatcher(spec.path) });
    return id;
  },
  clear(): void {
    active = [];
  },
  list(): FaultSpec[] {
    return active.map((f) => ({ ...f.spec, times: f.remaining }));
  },
  /** Finds the first fault for a request and counts it as used. */
  take(method: string, pathname: string): FaultSpec | undefined {
    const fault = active.find((f) => (!f.spec.method || f.spec.method.toUpperCase() === method) && f.matches(pathname));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) active = active.filter((f) => f !== fault);
    return fault.spec;
  },
};

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener(
      'abort',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * What a fault answers, as a plain Response; undefined lets the request through to its route
 * (latency, after its wait). `network` is an error Response (MSW turns it into a failed fetch; the
 * server's test mode closes the connection for it).
 */
export async function answerFault(fault: FaultSpec, signal: AbortSignal): Promise<Response | undefined> {
  switch (fault.kind) {
    case 'latency':
      await delay(fault.ms ?? 1000);
      return undefined;
    case 'network':
      return Response.error();
    case 'timeout':
      await Promise.race([delay('infinite'), untilAborted(signal)]);
      return Response.error();
    case 'status': {
      const status = fault.status ?? 500;
      const [code, message] = DEFAULTS[status] ?? ['error', 'Something went wrong.'];
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined || status === 429 || status === 503)
        headers['Retry-After'] = String(fault.retryAfterSeconds ?? 30);
      return HttpResponse.json(errorBody(fault.code ?? code, fault.message ?? message), { status, headers });
    }
  }
}

export const faultHandler = http.all('*/api/v1/*', async ({ request }) => {
  const { pathname } = new URL(request.url);
  // The test-only control endpoints switch faults off: a fault must not answer for them.
  if (pathname.includes('/api/v1/__test/')) return undefined;
  const fault = faults.take(request.method, pathname);
  return fault ? answerFault(fault, request.signal) : undefined;
});
