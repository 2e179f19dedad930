import { useSuspenseQueries } from '@tanstack/react-query';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { meetingListFilters, meetingListSearchString, type MeetingListSearch } from '../api/meeting-list-search';
import { meetingListQueryOptions } from '../api/meetings-queries';
import { registrationListQueryOptions } from '../api/registrations-queries';
import { MeetingListEmpty } from './meeting-list-empty';
import { MeetingListItem } from './meeting-list-item';

/** One page of meetings, each with where the city stands for it. */
export function MeetingList({ memberId, search }: { memberId: string; search: MeetingListSearch }) {
  const [meetings, registrations] = useSuspenseQueries({
    queries: [meetingListQueryOptions(meetingListFilters(memberId, search)), registrationListQueryOptions(memberId)],
  });
  const { items, page, pageSize, total } = meetings.data;
  const heading = search.when === 'past' ? 'Past meetings' : 'Upcoming meetings';
  const now = new Date();
  return (
    <section aria-labelledby="meeting-list-heading" className="mt-8">
      <h2 id="meeting-list-heading" className="text-xl font-bold text-slate-900">
        {heading} <span className="font-normal text-slate-600">({total})</span>
      </h2>
      {items.length === 0 ? (
        <MeetingListEmpty memberId={memberId} search={search} />
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
          {items.map((meeting) => (
            <MeetingListItem
              key={meeting.id}
              memberId={memberId}
              meeting={meeting}
              registrations={registrations.data.items}
              now={now}
            />
          ))}
        </ul>
      )}
      <Pagination
        label="Pages of meetings"
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(p) => paths.member.meetings.href(memberId, meetingListSearchString({ ...search, page: p }))}
      />
    </section>
  );
}
