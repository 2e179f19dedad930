import { apiRequest } from '@/api/client';
import type {
  MemoAssignBody,
  MemoDeclineBody,
  MemoDeliverBody,
  MemoNoteBody,
  MemoProgressBody,
  StaffMemoRequest,
} from '@/api/contracts/staff-memos';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { staffMemoQueryKey } from './staff-memo-queries';

/** A change to a memo request; the member's memo views are read again after it. */
function useStaffMemoChange<B>(
  request: StaffMemoRequest,
  send: (body: B, target: ChangeTarget & { params: { memoRequestId: string } }) => Promise<StaffMemoRequest>,
) {
  return useStaffChange<B, StaffMemoRequest>({
    record: request,
    queryKey: staffMemoQueryKey(request.id),
    invalidates: [['memos']],
    send: (body, target) => send(body, { ...target, params: { memoRequestId: request.id } }),
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
    // A 10 MB file takes a while to send on a slow line: give it two minutes rather than the usual wait.
    apiRequest('deliverMemoRequest', { body, ...target, client, timeoutMs: body.attachment ? 120_000 : undefined }),
  );
