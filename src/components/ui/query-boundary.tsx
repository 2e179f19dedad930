import { Suspense, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { QueryErrorFallback } from './query-error-fallback';

interface QueryBoundaryProps {
  children: ReactNode;
  /** Shown while the section's data loads (a skeleton of its shape). */
  fallback: ReactNode;
}

/**
 * Fences one part of a page: while its data loads it shows `fallback`, and when it fails it shows
 * the failure with "Try again" (which refetches), so one broken part never takes down the page.
 */
export function QueryBoundary({ children, fallback }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <QueryErrorFallback error={error} onRetry={resetErrorBoundary} />
          )}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
