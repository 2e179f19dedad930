import type { ErrorInfo } from 'react';
import { isRouteErrorResponse } from 'react-router';
import { isApiError } from '@/api/api-error';

/**
 * Failures the UI already explains to the person (an API refusal, an outage, a 404 route) are not
 * bugs, so they stay out of the console; anything else (a crash in our code, a response that
 * breaks the contract) is reported. Tests fail on console.error, so this is also what they catch.
 */
export function isExpectedFailure(error: unknown): boolean {
  if (isApiError(error)) return error.code !== 'contract_mismatch';
  return isRouteErrorResponse(error);
}

/** For React's `onCaughtError`: errors an error boundary caught and showed. */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (!isExpectedFailure(error)) console.error(error, info.componentStack);
}

/** For the router's `onError`: loader and render errors that reached a route's ErrorBoundary. */
export function reportRouteError(error: unknown): void {
  if (!isExpectedFailure(error)) console.error(error);
}
