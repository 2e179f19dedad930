import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { MeetingKind } from '@/api/contracts/meetings';

export interface MeetingListFilters {
  memberId: string;
  when: 'upcoming' | 'past' | 'all';
  kind?: MeetingKind;
  year?: number;
  page?: number;
  pageSize?: number;
}

/** Meetings visible to a member (invite-only ones only when invited). */
export function meetingListQueryOptions(filters: MeetingListFilters) {
  return queryOptions({
    queryKey: ['meetings', 'list', filters],
    queryFn: ({ signal, client }) => apiRequest('listMeetings', { query: filters, signal, client }),
  });
}

/** One meeting with its agenda; a 404 when it is invite-only and the city was not invited. */
export function meetingQueryOptions(memberId: string, meetingId: string) {
  return queryOptions({
    queryKey: ['meetings', 'detail', meetingId, memberId],
    queryFn: ({ signal, client }) =>
      apiRequest('getMeeting', { params: { meetingId }, query: { memberId }, signal, client }),
  });
}

/** The dashboard asks for this many upcoming meetings. */
export const NEXT_MEETINGS_COUNT = 3;

/** The dashboard's next meetings: its loader and its widget ask with the same filters. */
export function nextMeetingsFilters(memberId: string) {
  return { memberId, when: 'upcoming', pageSize: NEXT_MEETINGS_COUNT } as const;
}
