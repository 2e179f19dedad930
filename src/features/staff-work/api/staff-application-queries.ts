import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const staffApplicationQueryKey = (applicationId: string) =>
  ['staff-work', 'application', applicationId] as const;

/** One membership application as MIP's finance staff decide it. */
export function staffApplicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: staffApplicationQueryKey(applicationId),
    queryFn: ({ signal, client }) => apiRequest('getStaffApplication', { params: { applicationId }, signal, client }),
  });
}
