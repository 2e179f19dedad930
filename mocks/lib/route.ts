import type * as core from 'zod/v4/core';
import type { Endpoint } from '../../src/api/contracts/endpoint';
import { HttpError, errorResponse, previewReadOnly } from './http-error';
import { commitChanges } from './durability';
import { fingerprintOf, runIdempotently } from './idempotency';
import {
  checkedOutcome,
  internalError,
  optionalSession,
  parseBody,
  parseQuery,
  refuseUnstorableText,
  readJsonBody,
  requireSession,
  toResponse,
} from './route-steps';
import type { HubRuntime, PasswordKeeper } from '../../server/runtime';
import type { Store, StoreTx } from '../../server/store/store';
import { writeSessionCookie } from './session-cookie';
import { SESSION_COOKIE, lookupSession, type ActiveSession, type SessionLookup } from '../../server/rules/sessions';

type QueryOut<E> =
  E extends Endpoint<infer _R, infer _B, infer Q> ? (Q extends core.$ZodObject ? core.output<Q> : undefined) : never;
type BodyOut<E> =
  E extends Endpoint<infer _R, infer B, infer _Q> ? (B extends core.$ZodType ? core.output<B> : undefined) : never;
type Result<E> = E extends Endpoint<infer R, infer _B, infer _Q> ? core.input<R> : never;

export interface RouteContext<E extends Endpoint, S> {
  params: Record<string, string>;
  query: QueryOut<E>;
  body: BodyOut<E>;
  session: S;
  request: Request;
  /** The request's transaction: what the handler reads and writes, all or nothing. */
  tx: StoreTx;
  /** How this runtime keeps passwords. */
  passwords: PasswordKeeper;
  /** The address the request came from ('local' in the embedded mock). */
  clientAddress: string;
  /**
   * A write that stands whatever the request's outcome (a refused sign-in counts toward the limit):
   * it runs in a transaction of its own once the request's has ended, committed or rolled back.
   */
  recordEvenIfRefused: (work: (tx: StoreTx) => Promise<void>) => void;
  /** Sets (id) or clears (null) the session cookie on the answer. */
  setSessionCookie: (sessionId: string | null) => void;
}

export type RouteHandler<E extends Endpoint, S> = (ctx: RouteContext<E, S>) => Result<E> | Promise<Result<E>>;

export interface RouteOptions<E extends Endpoint, S> {
  /**
   * Runs when an Idempotency-Key replays the first answer instead of the handler: a public request
   * that signs someone in sets the cookie again, since a lost first answer took its cookie with it.
   */
  onReplay?: (ctx: RouteContext<E, S>, body: unknown) => void | Promise<void>;
}

/** Changing requests that stay possible in a read-only preview: leaving it and signing out. */
const ALLOWED_WHILE_PREVIEWING = new Set(['signOut', 'endPreview']);

/** Every contract operation that has a mock route: lets a test prove the inventory is covered. */
const routedOperations = new Set<string>();

export function routedOperationIds(): ReadonlySet<string> {
  return routedOperations;
}

/**
 * A contract route as the router serves it: its method, a matcher for its path below /api/v1, and
 * the whole pipeline behind it. `contractRouter` (contract-router.ts) puts them all behind one MSW
 * handler.
 */
export interface ContractRoute {
  operationId: string;
  method: Endpoint['method'];
  /** The path's parameters, decoded, when `path` (below /api/v1, no query) is this route's; else null. */
  match: (path: string) => Record<string, string> | null;
  answer: (
    request: Request,
    params: Record<string, string>,
    cookies: Record<string, string>,
    runtime: HubRuntime,
  ) => Promise<Response>;
}

/**
 * `/members/{memberId}/overview` → a matcher for `/members/riverton/overview` that gives
 * `{ memberId: 'riverton' }`. One segment per parameter, an optional trailing slash, and a
 * parameter that isn't valid percent-encoding matches nothing (so the answer is a 404).
 */
export function pathMatcher(path: string): ContractRoute['match'] {
  const names: string[] = [];
  const source = path
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(part);
      return '([^/]+)';
    })
    .join('');
  const pattern = new RegExp(`^${source}/?$`);
  return (candidate) => {
    const found = pattern.exec(candidate);
    if (!found) return null;
    try {
      return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
    } catch {
      return null;
    }
  };
}

/** The writes a request asked to keep whatever its outcome, in one transaction after its own. */
async function recordStanding(store: Store, standing: readonly ((tx: StoreTx) => Promise<void>)[]): Promise<void> {
  if (standing.length === 0) return;
  await store.transaction(async (tx) => {
    for (const work of standing) await work(tx);
  });
}

function refuseChangesInPreview(endpoint: Endpoint, lookup: SessionLookup): void {
  const previewing = lookup.state === 'active' && lookup.session.preview !== null;
  if (previewing && endpoint.method !== 'GET' && !ALLOWED_WHILE_PREVIEWING.has(endpoint.operationId)) {
    throw previewReadOnly();
  }
}

/**
 * Binds a handler to a contract endpoint. The order mirrors a real backend: query → session →
 * preview read-only rule → body → Idempotency-Key → handler → answer checked against the contract.
 * Doing all of it here, once, means no handler can forget a rule. The session is looked up (and
 * touched) in a transaction of its own, so its sliding window moves even when the request fails;
 * the Idempotency-Key and the handler share the next one, so a failure leaves nothing behind.
 */
function bind<E extends Endpoint, S>(
  endpoint: E,
  handler: RouteHandler<E, S>,
  sessionOf: (lookup: SessionLookup) => S,
  options: RouteOptions<E, S> = {},
): ContractRoute {
  routedOperations.add(endpoint.operationId);
  const answer = async (
    request: Request,
    params: Record<string, string>,
    cookies: Record<string, string>,
    { store, passwords, clientAddress }: HubRuntime,
  ): Promise<Response> => {
    const headers = new Headers();
    const sessionCookie = cookies[SESSION_COOKIE];
    try {
      const url = new URL(request.url);
      if (endpoint.query) refuseUnstorableText(Object.fromEntries(url.searchParams.entries()));
      const query = parseQuery(endpoint.query, url, endpoint.queryIsAnswer);
      const lookup = await store.transaction((tx) => lookupSession(tx, sessionCookie));
      if (lookup.state !== 'active' && sessionCookie) writeSessionCookie(headers, null); // drop a dead cookie
      const session = sessionOf(lookup);
      refuseChangesInPreview(endpoint, lookup);
      const rawBody = endpoint.body ? await readJsonBody(request) : undefined;
      if (endpoint.body) refuseUnstorableText(rawBody);
      const body = (endpoint.body ? parseBody(endpoint.body, rawBody) : undefined) as BodyOut<E>;
      const standing: ((tx: StoreTx) => Promise<void>)[] = [];
      const outcome = await store
        .transaction(async (tx) => {
          const ctx: RouteContext<E, S> = {
            params,
            query: query as QueryOut<E>,
            body,
            session,
            request,
            tx,
            passwords,
            clientAddress: clientAddress(request),
            recordEvenIfRefused: (work) => {
              standing.push(work);
            },
            setSessionCookie: (id) => {
              writeSessionCookie(headers, id);
            },
          };
          const run = async () => checkedOutcome(endpoint, await handler(ctx));
          if (!endpoint.idempotencyKey) return { ...(await run()), replayed: false };
          // A public request's key does not depend on who is signed in: a sign-up that signed its
          // sender in must replay for the retry that now carries the new cookie.
          const owner =
            endpoint.auth !== 'public' && lookup.state === 'active' ? lookup.session.person.id : 'anonymous';
          const fingerprint = fingerprintOf(endpoint.method, url.pathname, rawBody);
          const key = request.headers.get('Idempotency-Key');
          const result = await runIdempotently(tx, owner, key, fingerprint, run);
          if (result.replayed) await options.onReplay?.(ctx, result.body);
          return result;
        })
        .finally(() => recordStanding(store, standing));
      if (outcome.replayed) headers.set('Idempotent-Replayed', 'true');
      return await toResponse(outcome, headers);
    } catch (error) {
      const response = errorResponse(error instanceof HttpError ? error : internalError(error));
      const cookie = headers.get('Set-Cookie');
      if (cookie) response.headers.set('Set-Cookie', cookie);
      return response;
    }
  };
  return {
    operationId: endpoint.operationId,
    method: endpoint.method,
    match: pathMatcher(endpoint.path),
    answer: async (request, params, cookies, runtime) => {
      const response = await answer(request, params, cookies, runtime);
      // A change is stored before its answer leaves (see durability.ts).
      if (endpoint.method !== 'GET') await commitChanges();
      return response;
    },
  };
}

function assertAuth(endpoint: Endpoint, expected: Endpoint['auth']): void {
  if (endpoint.auth !== expected) {
    const helper = endpoint.auth === 'public' ? 'publicRoute' : 'route';
    throw new Error(`${endpoint.operationId} is a ${endpoint.auth} endpoint; bind it with ${helper}()`);
  }
}

/** A signed-in endpoint: the handler always gets a live session (401 otherwise). */
export function route<E extends Endpoint>(endpoint: E, handler: RouteHandler<E, ActiveSession>): ContractRoute {
  assertAuth(endpoint, 'session');
  return bind(endpoint, handler, requireSession);
}

/** A public endpoint: the handler gets the session if there is one. */
export function publicRoute<E extends Endpoint>(
  endpoint: E,
  handler: RouteHandler<E, ActiveSession | null>,
  options: RouteOptions<E, ActiveSession | null> = {},
): ContractRoute {
  assertAuth(endpoint, 'public');
  return bind(endpoint, handler, optionalSession, options);
}
