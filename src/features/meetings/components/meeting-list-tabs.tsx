import { TabLinks } from '@/components/ui/tab-links';
import { paths } from '@/config/paths';
import { meetingListSearchString, type MeetingListSearch } from '../api/meeting-list-search';

/** Upcoming or past: the other filters carry over, back to the first page. */
export function MeetingListTabs({ memberId, search }: { memberId: string; search: MeetingListSearch }) {
  const href = (when: MeetingListSearch['when']) =>
    paths.member.meetings.href(memberId, meetingListSearchString({ ...search, when, page: 1 }));
  return (
    <TabLinks
      label="Upcoming or past meetings"
      current={search.when}
      tabs={[
        { id: 'upcoming', label: 'Upcoming', to: href('upcoming') },
        { id: 'past', label: 'Past', to: href('past') },
      ]}
    />
  );
}
