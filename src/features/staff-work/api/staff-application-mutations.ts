import { apiRequest } from '@/api/client';
import type {
  ApplicationApproveBody,
  ApplicationAskBody,
  ApplicationDeclineBody,
  StaffApplication,
} from '@/api/contracts/staff-applications';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { staffApplicationQueryKey } from './staff-application-queries';

/**
 * A decision on a membership application; the views it changes are read again after it: every
 * city for staff (['staff-members']: an approved city is a member), and the applicant's own views
 * of the application and their hub (['applications'], ['overview']).
 */
function useStaffApplicationChange<B>(
  application: StaffApplication,
  send: (body: B, target: ChangeTarget & { params: { applicationId: string } }) => Promise<StaffApplication>,
) {
  return useStaffChange<B, StaffApplication>({
    record: application,
    queryKey: staffApplicationQueryKey(application.id),
    invalidates: [['staff-members'], ['applications'], ['overview']],
    send: (body, target) => send(body, { ...target, params: { applicationId: application.id } }),
  });
}

export const useApproveApplication = (application: StaffApplication) =>
  useStaffApplicationChange<ApplicationApproveBody>(application, (body, { client, ...target }) =>
    apiRequest('approveApplication', { body, ...target, client }),
  );

export const useDeclineApplication = (application: StaffApplication) =>
  useStaffApplicationChange<ApplicationDeclineBody>(application, (body, { client, ...target }) =>
    apiRequest('declineApplication', { body, ...target, client }),
  );

export const useAskApplicationQuestion = (application: StaffApplication) =>
  useStaffApplicationChange<ApplicationAskBody>(application, (body, { client, ...target }) =>
    apiRequest('askApplicationQuestion', { body, ...target, client }),
  );
