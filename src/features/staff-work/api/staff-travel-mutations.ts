import { apiRequest } from '@/api/client';
import type { StaffTravelSupport, TravelApproveBody, TravelDeclineBody } from '@/api/contracts/staff-travel';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { staffTravelQueryKey } from './staff-travel-queries';

/**
 * A decision on a travel-support request; the member's views of it are read again after it: the
 * meeting pages and the registrations list (['meetings'], ['registrations']) and the dashboard
 * (['overview']).
 */
function useStaffTravelChange<B>(
  request: StaffTravelSupport,
  send: (body: B, target: ChangeTarget & { params: { registrationId: string } }) => Promise<StaffTravelSupport>,
) {
  return useStaffChange<B, StaffTravelSupport>({
    record: request,
    queryKey: staffTravelQueryKey(request.registrationId),
    invalidates: [['meetings'], ['registrations'], ['overview']],
    send: (body, target) => send(body, { ...target, params: { registrationId: request.registrationId } }),
  });
}

export const useApproveTravelSupport = (request: StaffTravelSupport) =>
  useStaffTravelChange<TravelApproveBody>(request, (body, { client, ...target }) =>
    apiRequest('approveTravelSupport', { body, ...target, client }),
  );

export const useDeclineTravelSupport = (request: StaffTravelSupport) =>
  useStaffTravelChange<TravelDeclineBody>(request, (body, { client, ...target }) =>
    apiRequest('declineTravelSupport', { body, ...target, client }),
  );
