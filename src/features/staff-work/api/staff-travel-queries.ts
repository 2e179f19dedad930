import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const staffTravelQueryKey = (registrationId: string) =>
  ['staff-work', 'travel-support', registrationId] as const;

/** One travel-support request as MIP's programs staff work it. */
export function staffTravelSupportQueryOptions(registrationId: string) {
  return queryOptions({
    queryKey: staffTravelQueryKey(registrationId),
    queryFn: ({ signal, client }) =>
      apiRequest('getStaffTravelSupport', { params: { registrationId }, signal, client }),
  });
}
