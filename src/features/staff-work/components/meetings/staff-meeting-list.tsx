import { useSuspenseQuery } from '@tanstack/react-query';
import type { MeetingSummary } from '@/api/contracts/meetings';
import type { StaffMeetingView } from '@/api/contracts/staff-meetings';
import { PagedList } from '@/components/ui/paged-list';
import { StatusTag } from '@/components/ui/status-tag';
import { TabLinks } from '@/components/ui/tab-links';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDateInZone } from '@/lib/format';
import {
  STAFF_MEETING_VIEWS,
  staffMeetingListQueryOptions,
  staffMeetingSearchString,
  type StaffMeetingSearch,
} from '../../api/staff-meeting-queries';
import { seatsWords } from './meeting-words';

const VIEW_WORDS: Record<StaffMeetingView, { tab: string; heading: string; empty: string }> = {
  upcoming: { tab: 'Upcoming', heading: 'Upcoming meetings, soonest first', empty: 'No meeting is coming up.' },
  past: { tab: 'Past', heading: 'Past meetings, latest first', empty: 'No meeting has happened yet.' },
  canceled: { tab: 'Canceled', heading: 'Canceled meetings', empty: 'No meeting was canceled.' },
};

/** The tabs by view and one page of the meetings each holds. */
export function StaffMeetingList({ search }: { search: StaffMeetingSearch }) {
  const { data } = useSuspenseQuery(staffMeetingListQueryOptions(search));
  const words = VIEW_WORDS[search.view];
  const href = (view: StaffMeetingView, page = 1) =>
    paths.staff.meetings.href(staffMeetingSearchString({ view, page }));
  return (
    <>
      <TabLinks
        label="Views of the meetings"
        current={search.view}
        tabs={STAFF_MEETING_VIEWS.map((view) => ({ id: view, label: VIEW_WORDS[view].tab, to: href(view) }))}
      />
      <PagedList
        id="meeting-list"
        heading={words.heading}
        data={data}
        empty={words.empty}
        renderItem={(meeting) => <MeetingItem key={meeting.id} meeting={meeting} />}
        pagesLabel="Pages of meetings"
        hrefFor={(page) => href(search.view, page)}
      />
    </>
  );
}

function MeetingItem({ meeting }: { meeting: MeetingSummary }) {
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:px-5">
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {meeting.kind === 'invite_only' ? 'Invite-only' : 'Open to every member'} · {meeting.venue.city},{' '}
          {meeting.venue.state}
        </p>
        <p className="text-lg font-semibold text-slate-900">
          <TextLink to={paths.staff.meeting.href(meeting.id)}>{meeting.title}</TextLink>
        </p>
        <p className="text-[0.9375rem] text-slate-700">
          {formatDateInZone(meeting.startsAt, meeting.timeZone)} to {formatDateInZone(meeting.endsAt, meeting.timeZone)}
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-1 text-[0.9375rem] text-slate-700 sm:items-end">
        {meeting.status === 'canceled' && <StatusTag tone="warning">Canceled</StatusTag>}
        <span>{seatsWords(meeting)}</span>
      </div>
    </li>
  );
}
