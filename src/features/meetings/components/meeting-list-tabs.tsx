import { Link } from 'react-router';
import { cx } from '@/components/ui/class-names';
import { paths } from '@/config/paths';
import { meetingListSearchString, type MeetingListSearch } from '../api/meeting-list-search';

const TABS = [
  { when: 'upcoming', label: 'Upcoming' },
  { when: 'past', label: 'Past' },
] as const;

/** Upcoming or past: two links (the choice is in the URL), the current one marked for everyone. */
export function MeetingListTabs({ memberId, search }: { memberId: string; search: MeetingListSearch }) {
  return (
    <nav aria-label="Upcoming or past meetings" className="mt-6 border-b border-slate-200">
      <ul className="flex gap-1">
        {TABS.map((tab) => {
          const current = search.when === tab.when;
          return (
            <li key={tab.when}>
              <Link
                to={paths.member.meetings.href(
                  memberId,
                  meetingListSearchString({ ...search, when: tab.when, page: 1 }),
                )}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  '-mb-px inline-flex min-h-11 items-center border-b-4 px-4 font-semibold',
                  current
                    ? 'border-accent-700 text-accent-900'
                    : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
