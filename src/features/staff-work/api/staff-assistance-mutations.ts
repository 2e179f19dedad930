import { apiRequest } from '@/api/client';
import type {
  AssistanceApproveBody,
  AssistanceDeclineBody,
  StaffAssistanceRequest,
} from '@/api/contracts/staff-assistance';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { staffAssistanceQueryKey } from './staff-assistance-queries';

/** A decision on a request for help with dues; the member's dues and dashboard are read again after it. */
function useStaffAssistanceChange<B>(
  request: StaffAssistanceRequest,
  send: (
    body: B,
    target: ChangeTarget & { params: { assistanceRequestId: string } },
  ) => Promise<StaffAssistanceRequest>,
) {
  return useStaffChange<B, StaffAssistanceRequest>({
    record: request,
    queryKey: staffAssistanceQueryKey(request.id),
    invalidates: [['dues'], ['overview', request.memberId]],
    send: (body, target) => send(body, { ...target, params: { assistanceRequestId: request.id } }),
  });
}

export const useApproveAssistance = (request: StaffAssistanceRequest) =>
  useStaffAssistanceChange<AssistanceApproveBody>(request, (body, { client, ...target }) =>
    apiRequest('approveAssistanceRequest', { body, ...target, client }),
  );

export const useDeclineAssistance = (request: StaffAssistanceRequest) =>
  useStaffAssistanceChange<AssistanceDeclineBody>(request, (body, { client, ...target }) =>
    apiRequest('declineAssistanceRequest', { body, ...target, client }),
  );
