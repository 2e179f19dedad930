import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { MeetingKind } from '@/api/contracts/meetings';

export interface MeetingListFilters {
  memberId: string;
  when: 'upcoming' | 'past' | 'all';
  kind?: MeetingKind;
  pageSize?: number;
}

/** Meetings visible to a member (invite-only ones only when invited). */
export function meetingListQueryOptions(filters: MeetingListFilters) {
  return queryOptions({
    queryKey: ['meetings', 'list', filters],
    queryFn: ({ signal }) => apiRequest('listMeetings', { query: filters, signal }),
  });
}
