import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type {
  MemoAssignBody,
  MemoDeclineBody,
  MemoDeliverBody,
  MemoNoteBody,
  MemoProgressBody,
  StaffMemoRequest,
} from '@/api/contracts/staff-memos';
import { staffMemoQueryKey } from './staff-memo-queries';

interface Target {
  params: { memoRequestId: string };
  ifMatch: string;
  client: QueryClient;
}
type Send<B> = (body: B, target: Target) => Promise<StaffMemoRequest>;

/**
 * One change to a memo request, sent with the version on screen (If-Match): if a colleague changed
 * the request meanwhile, the API refuses (412) and the page reads it again, so the person sees what
 * changed before deciding again. The answer is the request as it now stands; the inbox and the
 * member's views of it are read again.
 */
function useStaffMemoChange<B>(request: StaffMemoRequest, send: Send<B>) {
  const queryClient = useQueryClient();
  const key = staffMemoQueryKey(request.id);
  return useMutation({
    mutationFn: (body: B, { client }) =>
      send(body, { params: { memoRequestId: request.id }, ifMatch: `"${request.version}"`, client }),
    onSuccess: (updated) => {
      queryClient.setQueryData(key, updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff-work', 'inbox'] }),
        queryClient.invalidateQueries({ queryKey: ['memos'] }),
      ]);
    },
    onError: (error) =>
      isApiError(error) && error.status === 412 ? queryClient.invalidateQueries({ queryKey: key }) : undefined,
  });
}

export const useAssignMemo = (request: StaffMemoRequest) =>
  useStaffMemoChange<MemoAssignBody>(request, (body, { client, ...target }) =>
    apiRequest('assignMemoRequest', { body, ...target, client }),
  );

export const useProgressMemo = (request: StaffMemoRequest) =>
  useStaffMemoChange<MemoProgressBody>(request, (body, { client, ...target }) =>
    apiRequest('progressMemoRequest', { body, ...target, client }),
  );

export const useAddMemoNote = (request: StaffMemoRequest) =>
  useStaffMemoChange<MemoNoteBody>(request, (body, { client, ...target }) =>
    apiRequest('addMemoNote', { body, ...target, client }),
  );

export const useDeclineMemo = (request: StaffMemoRequest) =>
  useStaffMemoChange<MemoDeclineBody>(request, (body, { client, ...target }) =>
    apiRequest('declineMemoRequest', { body, ...target, client }),
  );

export const useDeliverMemo = (request: StaffMemoRequest) =>
  useStaffMemoChange<MemoDeliverBody>(request, (body, { client, ...target }) =>
    apiRequest('deliverMemoRequest', { body, ...target, client }),
  );
