import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { StaffMeetingView } from '@/api/contracts/staff-meetings';

export const STAFF_MEETING_PAGE_SIZE = 20;
export const STAFF_MEETING_VIEWS: readonly StaffMeetingView[] = ['upcoming', 'past', 'canceled'];

/** The meetings page's choices as they live in the URL: `?view=past&page=2`; upcoming is the default. */
export interface StaffMeetingSearch {
  view: StaffMeetingView;
  page: number;
}

/** Reads the URL leniently: a value that makes no sense is ignored, not an error page. */
export function parseStaffMeetingSearch(params: URLSearchParams): StaffMeetingSearch {
  const page = Number(params.get('page'));
  return {
    view: STAFF_MEETING_VIEWS.find((v) => v === params.get('view')) ?? 'upcoming',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search string for a choice, leaving out defaults so shared links stay short. */
export function staffMeetingSearchString({ view, page }: StaffMeetingSearch): string {
  const params = new URLSearchParams();
  if (view !== 'upcoming') params.set('view', view);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
