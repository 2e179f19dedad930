/**
 * Every failed request becomes an ApiError: HTTP errors carry the API's stable `code`; failures
 * before a response (offline, timeout, a response that breaks the contract) get codes of their own.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Record<string, string[]>;
  /** From Retry-After on 429/503, in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]> | undefined;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** Worth retrying automatically: the request never got an answer, or the server failed. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const STATUS_WORDS: Partial<Record<number, string>> = {
  401: 'Your session has ended. Sign in again to continue.',
  403: "You don't have permission to do this.",
  404: 'That could not be found.',
  409: 'This changed while you were working on it. Reload and try again.',
  429: 'Too many requests. Please wait a moment.',
};

/** Plain words for a failure, for messages that have no more specific wording. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong on our side.';
  switch (error.code) {
    case 'network_error':
      return 'We could not reach the Member Hub. Check your connection.';
    case 'timeout':
      return 'The Member Hub took too long to answer.';
    case 'contract_mismatch':
      return 'The Member Hub sent an answer we did not understand.';
    case 'preview_read_only':
      return 'This is a read-only preview; nothing can be changed.';
    case 'delegate_scope':
      return error.message;
    case 'rate_limited':
      return 'Too many requests. Please wait a moment.';
    default:
      if (error.status >= 500) return 'The Member Hub had a problem on its side.';
      // An answer without the API's error body (a proxy's page): its status line is not words.
      if (error.code === `http_${error.status}`)
        return STATUS_WORDS[error.status] ?? 'The request could not be completed.';
      return error.message || 'The request could not be completed.';
  }
}
