import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** What a change to one record is sent with: the version on screen, as If-Match. */
export interface ChangeTarget {
  ifMatch: string;
  client: QueryClient;
}

interface StaffChangeOptions<B, R extends { version: number }> {
  /** The record as the page read it. */
  record: R;
  /** The record's own query: it takes the answer, or is read again after a 412. */
  queryKey: QueryKey;
  /** Other views the change touches (the inbox, the member's views of the record). */
  invalidates: readonly QueryKey[];
  send: (body: B, target: ChangeTarget) => Promise<R>;
}

/**
 * One change to a record MIP's staff work, sent with the version on screen (If-Match): if a colleague
 * changed the record meanwhile, the API refuses (412) and the page reads it again, so the person sees
 * what changed before deciding again. The answer is the record as it now stands; the inbox and the
 * member's views of it are read again.
 */
export function useStaffChange<B, R extends { version: number }>({
  record,
  queryKey,
  invalidates,
  send,
}: StaffChangeOptions<B, R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B, { client }) => send(body, { ifMatch: `"${record.version}"`, client }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKey, updated);
      return Promise.all(
        [['staff-work', 'inbox'] as QueryKey, ...invalidates].map((key) =>
          queryClient.invalidateQueries({ queryKey: key }),
        ),
      );
    },
    onError: (error) =>
      isApiError(error) && error.status === 412 ? queryClient.invalidateQueries({ queryKey }) : undefined,
  });
}
