import { describeError, isApiError } from '@/api/api-error';
import { Alert } from './alert';
import { ErrorPanel } from './error-panel';

/**
 * What a section shows when its data failed: the reason in words, and "Try again" only when
 * trying again can help (a refusal such as a delegate's missing scope will not change).
 */
export function QueryErrorFallback({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && (error.status === 403 || error.status === 404)) {
    const title = error.status === 403 ? 'Not available to you' : 'Not found';
    return (
      <Alert tone="info" title={title}>
        <p>{describeError(error)}</p>
      </Alert>
    );
  }
  return <ErrorPanel message={describeError(error)} onRetry={onRetry} />;
}
