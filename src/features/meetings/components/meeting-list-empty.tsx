import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { meetingListSearchString, type MeetingListSearch } from '../api/meeting-list-search';
import { meetingKindPlural } from './meeting-kind';

/** Says what was asked for, and offers the nearest wider question. */
export function MeetingListEmpty({ memberId, search }: { memberId: string; search: MeetingListSearch }) {
  const what = search.kind ? meetingKindPlural[search.kind] : 'meetings';
  const when = search.year === undefined ? '' : ` in ${search.year}`;
  const hrefOf = (next: MeetingListSearch) => paths.member.meetings.href(memberId, meetingListSearchString(next));
  const { year: _year, ...allYears } = search;
  const { kind: _kind, ...allKinds } = search;
  return (
    <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <p className="text-lg font-semibold text-slate-900">
        No {search.when} {what}
        {when}.
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {search.year !== undefined && (
          <li>
            <TextLink to={hrefOf({ ...allYears, page: 1 })}>Show all years</TextLink>
          </li>
        )}
        {search.kind && (
          <li>
            <TextLink to={hrefOf({ ...allKinds, page: 1 })}>Show all kinds of meeting</TextLink>
          </li>
        )}
        <li>
          <TextLink to={hrefOf({ when: search.when === 'past' ? 'upcoming' : 'past', page: 1 })}>
            {search.when === 'past' ? 'Show upcoming meetings' : 'Show past meetings'}
          </TextLink>
        </li>
      </ul>
    </div>
  );
}
