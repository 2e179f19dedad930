import type * as core from 'zod/v4/core';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = core.$ZodType;
type ObjectSchema = core.$ZodObject;

/**
 * One endpoint of the contract. The list of these (`endpoints.ts`) is the single inventory: the
 * fetch client, the mock API's handlers, the OpenAPI document and the generated tests all read it.
 * Schemas are typed on zod's core, so the contracts can use `zod/mini` (small enough for the
 * first page's JavaScript budget) while tools and the mock may use classic zod.
 */
export interface Endpoint<
  Res extends Schema = Schema,
  Body extends Schema | undefined = Schema | undefined,
  Query extends ObjectSchema | undefined = ObjectSchema | undefined,
> {
  operationId: string;
  method: HttpMethod;
  /** Path below /api/v1 with `{param}` placeholders, e.g. `/members/{memberId}/overview`. */
  path: string;
  summary: string;
  tag: string;
  /** `public` endpoints need no session; everything else answers 401 without one. */
  auth: 'public' | 'session';
  /** Creating requests that consume something must carry an Idempotency-Key. */
  idempotencyKey?: boolean;
  query?: Query;
  /**
   * The query carries a person's answer (a population typed on the Join page), so a value that
   * breaks a rule is refused as a form's answer is (422 with field errors), not as a malformed
   * request (400).
   */
  queryIsAnswer?: boolean;
  body?: Body;
  response: Res;
  /** 200 unless stated; 204 endpoints answer with no body. */
  successStatus?: 200 | 201 | 204;
  /**
   * JSON unless stated. A `text/calendar` endpoint answers the text itself (its `response` schema
   * is a string): the client reads it as text, the mock sends that content type. A `file` endpoint
   * answers a file's bytes in the file's own media type (its schema is a Blob): the client reads a
   * Blob, and the OpenAPI document lists `fileMediaTypes`.
   */
  responseType?: 'text/calendar' | 'text/html' | 'file';
  /** The media types a `file` endpoint may answer with. */
  fileMediaTypes?: readonly string[];
  /** The largest request body taken, in bytes (413 above it); 1 MB unless stated. */
  maxBodyBytes?: number;
}

export function defineEndpoint<
  Res extends Schema,
  Body extends Schema | undefined = undefined,
  Query extends ObjectSchema | undefined = undefined,
>(endpoint: Endpoint<Res, Body, Query>): Endpoint<Res, Body, Query> {
  return endpoint;
}

export type ResponseOf<E> = E extends Endpoint<infer R, infer _B, infer _Q> ? core.output<R> : never;
export type BodyOf<E> =
  E extends Endpoint<infer _R, infer B, infer _Q> ? (B extends Schema ? core.input<B> : undefined) : never;
export type QueryOf<E> =
  E extends Endpoint<infer _R, infer _B, infer Q> ? (Q extends ObjectSchema ? core.input<Q> : undefined) : never;

export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** What the fetch client needs to send a request: the endpoint without its schemas. */
export type RouteInfo = Pick<Endpoint, 'method' | 'path' | 'auth' | 'responseType' | 'fileMediaTypes'> & {
  idempotencyKey: boolean;
};
