import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingKind } from '@/api/contracts/meetings';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { meetingListSearchString, type MeetingListSearch } from '../api/meeting-list-search';
import { meetingKindPlural } from './meeting-kind';

/** The Hub's meeting records start with the 2019 meetings. */
const FIRST_YEAR = 2019;
const selectClasses =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 sm:w-56';

/** From next year back to the first; a year from a shared link is offered even when outside that. */
function yearOptions(chosen: number | undefined): number[] {
  const last = new Date().getFullYear() + 1;
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
  return chosen === undefined || years.includes(chosen) ? years : [chosen, ...years].sort((a, b) => b - a);
}

/**
 * Kind and year, applied with a button (changing a select never moves the page under a keyboard
 * user). Applying navigates, so the filters are in the URL and the back button undoes them.
 */
export function MeetingListFiltersForm({ memberId, search }: { memberId: string; search: MeetingListSearch }) {
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>(search.kind ?? '');
  const [year, setYear] = useState<string>(search.year === undefined ? '' : String(search.year));

  function apply(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: MeetingListSearch = {
      when: search.when,
      page: 1,
      ...(kind && { kind: kind as MeetingKind }),
      ...(year && { year: Number(year) }),
    };
    void navigate(paths.member.meetings.href(memberId, meetingListSearchString(next)));
  }

  return (
    <form onSubmit={apply} aria-label="Filter meetings" className="mt-5 flex flex-wrap items-end gap-4">
      <div className="w-full sm:w-auto">
        <label htmlFor="meeting-kind" className="font-semibold text-slate-900">
          Kind of meeting
        </label>
        <select id="meeting-kind" className={selectClasses} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">All kinds</option>
          {(['winter', 'summer', 'invite_only'] as const).map((k) => (
            <option key={k} value={k}>
              {meetingKindPlural[k].replace(/^invite/, 'Invite')}
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-auto">
        <label htmlFor="meeting-year" className="font-semibold text-slate-900">
          Year
        </label>
        <select id="meeting-year" className={selectClasses} value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">All years</option>
          {yearOptions(search.year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show meetings
      </Button>
    </form>
  );
}
