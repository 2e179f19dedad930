import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint of the contract. The list of these (`endpoints.ts`) is the single inventory: the
 * fetch client, the mock API's handlers, the OpenAPI document and the generated tests all read it.
 */
export interface Endpoint<
  Res extends z.ZodType = z.ZodType,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
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
  body?: Body;
  response: Res;
  /** 200 unless stated; 204 endpoints answer with no body. */
  successStatus?: 200 | 201 | 204;
}

export function defineEndpoint<
  Res extends z.ZodType,
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodObject | undefined = undefined,
>(endpoint: Endpoint<Res, Body, Query>): Endpoint<Res, Body, Query> {
  return endpoint;
}

export type ResponseOf<E> = E extends Endpoint<infer R, infer _B, infer _Q> ? z.output<R> : never;
export type BodyOf<E> = E extends Endpoint<infer _R, infer B, infer _Q> ? (B extends z.ZodType ? z.input<B> : undefined) : never;
export type QueryOf<E> = E extends Endpoint<infer _R, infer _B, infer Q> ? (Q extends z.ZodObject ? z.input<Q> : undefined) : never;

export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
