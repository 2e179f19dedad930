import { HttpResponse } from 'msw';
import type { ErrorBody } from '../../src/api/contracts/common';

export type FieldErrors = Record<string, string[]>;

/**
 * Handlers throw this; the route helper turns it into the contract's error envelope. Codes are
 * stable strings the UI maps to words; messages are plain words a mayor understands.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorBody(code: string, message: string, fieldErrors?: FieldErrors): ErrorBody {
  return { error: fieldErrors ? { code, message, fieldErrors } : { code, message } };
}

export function errorResponse(error: HttpError): Response {
  return HttpResponse.json(errorBody(error.code, error.message, error.fieldErrors), {
    status: error.status,
    headers: error.headers,
  });
}

export const notFound = (what = 'That page'): HttpError =>
  new HttpError(404, 'not_found', `${what} could not be found, or you don't have access to it.`);

/** The answer to any change attempted during a staff preview, wherever it is caught. */
export const previewReadOnly = (): HttpError =>
  new HttpError(
    403,
    'preview_read_only',
    'This is a read-only preview: nothing can be changed while previewing a member.',
  );
