import { useSuspenseQuery } from '@tanstack/react-query';
import { Fact, Facts } from '@/components/ui/facts';
import { Widget } from '@/components/ui/widget';
import { meetingListQueryOptions } from '../api/meetings-queries';
import { formatMeetingDates, formatMonthDay } from './meeting-dates';

export function nextWinterMeetingFilters(memberId: string) {
  return { memberId, when: 'upcoming', kind: 'winter', pageSize: 1 } as const;
}

/** For a prospective mayor: the next Winter Meeting, which they may attend free, once, before joining. */
export function FreeWinterMeetingWidget({ memberId }: { memberId: string }) {
  return (
    <Widget title="Your first Winter Meeting is free">
      <NextWinterMeeting memberId={memberId} />
    </Widget>
  );
}

function NextWinterMeeting({ memberId }: { memberId: string }) {
  const { data } = useSuspenseQuery(meetingListQueryOptions(nextWinterMeetingFilters(memberId)));
  const meeting = data.items[0];
  if (!meeting) {
    return (
      <p className="text-slate-700">The next Winter Meeting hasn't been announced yet. We'll e-mail you when it is.</p>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        Mayors of cities that are thinking about joining may attend one Winter Meeting free.
      </p>
      <div>
        <h3 className="text-lg font-semibold text-slate-900">{meeting.title}</h3>
        <div className="mt-2">
          <Facts>
            <Fact term="Dates">{formatMeetingDates(meeting.startsAt, meeting.endsAt, meeting.timeZone)}</Fact>
            <Fact term="Where">
              {meeting.venue.name}, {meeting.venue.city}, {meeting.venue.state}
            </Fact>
            <Fact term="Registration">closes {formatMonthDay(meeting.registrationClosesAt, meeting.timeZone)}</Fact>
          </Facts>
        </div>
      </div>
    </div>
  );
}
