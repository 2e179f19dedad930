import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import type { Endpoint } from '../../src/api/contracts/endpoint';
import { fieldErrorsOf } from './field-errors';
import { HttpError } from './http-error';
import { unstorableTextErrors } from './storable-text';
import type { ActiveSession, SessionLookup } from '../../server/rules/sessions';

/** The steps of the route pipeline (lib/route.ts), each small enough to read on its own. */

export interface Outcome {
  status: number;
  body: unknown;
  /** Set for non-JSON endpoints (text/calendar, text/html): the body is sent as that text. */
  contentType?: string;
}

/**
 * 422 for text no store can keep (storable-text.ts), before the contract's checks and any rule: a
 * rule of the API's storage, not of the contract, so the forms leave it to this answer, whose
 * field errors they show next to the fields.
 */
export function refuseUnstorableText(raw: unknown): void {
  const errors = unstorableTextErrors(raw);
  if (Object.keys(errors).length > 0) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', errors);
  }
}

export function parseQuery(schema: core.$ZodObject | undefined, url: URL, isAnswer = false): unknown {
  if (!schema) return undefined;
  const parsed = z.safeParse(schema, Object.fromEntries(url.searchParams.entries()));
  if (!parsed.success) {
    if (isAnswer) {
      throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', fieldErrorsOf(parsed.error));
    }
    throw new HttpError(400, 'bad_request', 'Some of the search options are not valid.', fieldErrorsOf(parsed.error));
  }
  return parsed.data;
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text === '' ? 'null' : text) as unknown;
  } catch {
    throw new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
  }
}

export function parseBody(schema: core.$ZodType, raw: unknown): unknown {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', fieldErrorsOf(parsed.error));
  }
  return parsed.data;
}

export function requireSession(lookup: SessionLookup): ActiveSession {
  if (lookup.state === 'active') return lookup.session;
  if (lookup.state === 'expired') {
    const message = 'You were signed out after 30 minutes without activity. Sign in again to continue.';
    throw new HttpError(401, 'session_expired', message);
  }
  throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
}

export function optionalSession(lookup: SessionLookup): ActiveSession | null {
  return lookup.state === 'active' ? lookup.session : null;
}

/** The handler's result, checked against the contract: the mock can never drift from it. */
export function checkedOutcome(endpoint: Endpoint, result: unknown): Outcome {
  const checked = z.safeParse(endpoint.response, result);
  if (!checked.success) {
    const detail = z.prettifyError(checked.error);
    throw new HttpError(500, 'contract_mismatch', `${endpoint.operationId} answered outside the contract: ${detail}`);
  }
  return { status: endpoint.successStatus ?? 200, body: checked.data, contentType: endpoint.responseType };
}

/**
 * A download's name in both forms browsers read: plain ASCII for old ones, and RFC 5987's UTF-8 for
 * the rest, so "Análisis.pdf" keeps its accent and no name can break out of the header.
 */
function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function toResponse({ status, body, contentType }: Outcome, headers: Headers): Promise<Response> {
  if (status === 204) return new HttpResponse(null, { status, headers });
  if (body instanceof Blob) {
    // A file endpoint: the bytes in the file's own type, saved under its name rather than shown.
    // Sent as bytes: the Blob may come from a DOM emulation the platform's Response can't read.
    headers.set('Content-Type', body.type || 'application/octet-stream');
    if (body instanceof File) headers.set('Content-Disposition', attachmentDisposition(body.name));
    return new HttpResponse(new Uint8Array(await body.arrayBuffer()), { status, headers });
  }
  if (contentType) {
    headers.set('Content-Type', `${contentType}; charset=utf-8`);
    return new HttpResponse(String(body), { status, headers });
  }
  return HttpResponse.json(body as object, { status, headers });
}

export function internalError(error: unknown): HttpError {
  const detail = error instanceof Error ? error.message : String(error);
  return new HttpError(500, 'internal_error', `Something went wrong on our side (${detail}). Please try again.`);
}
