import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { useIdempotencyKey } from '@/api/idempotency-key';
import type { InvitationsBody, MeetingCancelBody, MeetingInput, StaffMeeting } from '@/api/contracts/staff-meetings';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { STAFF_MEETINGS_KEY, staffMeetingQueryKey } from './staff-meeting-queries';

/**
 * Changes to a meeting: the staff lists and who's coming (under STAFF_MEETINGS_KEY) and every
 * member view of meetings (['meetings'], ['registrations'], ['overview']) are read again after it.
 */
const MEETING_VIEWS = [STAFF_MEETINGS_KEY, ['meetings'], ['registrations'], ['overview'], ['staff-work', 'outbox']];

/** A new meeting; the same answers sent again (a retry) reuse the Idempotency-Key, so it is made once. */
export function useCreateMeeting() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: MeetingInput, { client }) =>
      apiRequest('createMeeting', { body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: (created) => {
      idempotency.reset();
      queryClient.setQueryData(staffMeetingQueryKey(created.id), created);
      return Promise.all(MEETING_VIEWS.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

function useMeetingChange<B>(meeting: StaffMeeting, send: (body: B, target: ChangeTarget) => Promise<StaffMeeting>) {
  return useStaffChange<B, StaffMeeting>({
    record: meeting,
    queryKey: staffMeetingQueryKey(meeting.id),
    invalidates: MEETING_VIEWS,
    send,
  });
}

export const useUpdateMeeting = (meeting: StaffMeeting) =>
  useMeetingChange<MeetingInput>(meeting, (body, { client, ...target }) =>
    apiRequest('updateMeeting', { params: { meetingId: meeting.id }, body, ...target, client }),
  );

export const useSetInvitations = (meeting: StaffMeeting) =>
  useMeetingChange<InvitationsBody>(meeting, (body, { client, ...target }) =>
    apiRequest('setMeetingInvitations', { params: { meetingId: meeting.id }, body, ...target, client }),
  );

export const useCancelMeeting = (meeting: StaffMeeting) =>
  useMeetingChange<MeetingCancelBody>(meeting, (body, { client, ...target }) =>
    apiRequest('cancelMeeting', { params: { meetingId: meeting.id }, body, ...target, client }),
  );
