import { useCallback, useState } from 'react';
import { isApiError, type ApiError } from '@/api/api-error';

/**
 * A decision refused because a colleague changed the record first (412). The refusal is the page's
 * own, not a form's: the page reads the record again (useStaffChange) and, once it is decided, the
 * forms are gone, so the page itself says what happened.
 *
 * `track` wraps each change sent from the page: a 412 is kept (and thrown on, for the form to show),
 * a change that goes through forgets it. `overtaken` is the refusal once the record is no longer open.
 */
export function useOvertaken(open: boolean): {
  overtaken: ApiError | null;
  track: <T>(change: Promise<T>) => Promise<T>;
} {
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const track = useCallback(
    <T>(change: Promise<T>): Promise<T> =>
      change.then(
        (answer) => {
          setRefusal(null);
          return answer;
        },
        (error: unknown) => {
          if (isApiError(error) && error.status === 412) setRefusal(error);
          throw error;
        },
      ),
    [],
  );
  return { overtaken: open ? null : refusal, track };
}
