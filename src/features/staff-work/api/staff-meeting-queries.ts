import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { viewPageSearch, type ViewPageSearch } from '@/lib/view-page-search';
import type { StaffMeetingView } from '@/api/contracts/staff-meetings';

export const STAFF_MEETING_PAGE_SIZE = 20;
export const STAFF_MEETING_VIEWS: readonly StaffMeetingView[] = ['upcoming', 'past', 'canceled'];

const search = viewPageSearch(STAFF_MEETING_VIEWS, 'upcoming');

/** The meetings page's choices as they live in the URL: `?view=…&page=2`; upcoming is the default. */
export type StaffMeetingSearch = ViewPageSearch<StaffMeetingView>;
export const parseStaffMeetingSearch = search.parse;
export const staffMeetingSearchString = search.toString;

/** Everything staff read about meetings starts with this key, so a change refreshes all of it. */
export const STAFF_MEETINGS_KEY = ['staff-work', 'meetings'] as const;
export const staffMeetingQueryKey = (meetingId: string) => [...STAFF_MEETINGS_KEY, 'one', meetingId] as const;

export function staffMeetingListQueryOptions({ view, page }: StaffMeetingSearch) {
  return queryOptions({
    queryKey: [...STAFF_MEETINGS_KEY, 'list', view, page] as const,
    queryFn: ({ signal, client }) =>
      apiRequest('listStaffMeetings', { query: { view, page, pageSize: STAFF_MEETING_PAGE_SIZE }, signal, client }),
    placeholderData: keepPreviousData,
  });
}

/** One meeting as programs staff keep it. */
export function staffMeetingQueryOptions(meetingId: string) {
  return queryOptions({
    queryKey: staffMeetingQueryKey(meetingId),
    queryFn: ({ signal, client }) => apiRequest('getStaffMeeting', { params: { meetingId }, signal, client }),
  });
}

/** Who's coming to it. */
export function meetingAttendeesQueryOptions(meetingId: string) {
  return queryOptions({
    queryKey: [...STAFF_MEETINGS_KEY, 'attendees', meetingId] as const,
    queryFn: ({ signal, client }) => apiRequest('listMeetingAttendees', { params: { meetingId }, signal, client }),
  });
}
