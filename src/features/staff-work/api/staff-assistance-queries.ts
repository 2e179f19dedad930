import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const staffAssistanceQueryKey = (assistanceRequestId: string) =>
  ['staff-work', 'assistance-request', assistanceRequestId] as const;

/** One request for financial assistance as MIP's finance staff decide it. */
export function staffAssistanceRequestQueryOptions(assistanceRequestId: string) {
  return queryOptions({
    queryKey: staffAssistanceQueryKey(assistanceRequestId),
    queryFn: ({ signal, client }) =>
      apiRequest('getStaffAssistanceRequest', { params: { assistanceRequestId }, signal, client }),
  });
}
