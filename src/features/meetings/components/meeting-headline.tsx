import { Link } from 'react-router';
import { MapPin } from 'lucide-react';
import type { MeetingSummary } from '@/api/contracts/meetings';
import { cx } from '@/components/ui/class-names';
import { paths } from '@/config/paths';
import { formatMeetingDates } from './meeting-dates';

/** A meeting's linked title, then its dates (in its own zone) and city: one line of a meeting list. */
export function MeetingHeadline({
  memberId,
  meeting,
  titleClassName,
}: {
  memberId: string;
  meeting: MeetingSummary;
  titleClassName?: string;
}) {
  return (
    <>
      <h3 className={cx('font-semibold', titleClassName)}>
        <Link
          to={paths.member.meeting.href(memberId, meeting.id)}
          className="text-accent-700 underline-offset-2 hover:text-accent-900 hover:underline"
        >
          {meeting.title}
        </Link>
      </h3>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-[0.9375rem] text-slate-700">
        <span>{formatMeetingDates(meeting.startsAt, meeting.endsAt, meeting.timeZone)}</span>
        <span aria-hidden="true">·</span>
        <span className="inline-flex items-center gap-1">
          <MapPin aria-hidden="true" className="size-4 text-slate-500" />
          {meeting.venue.city}, {meeting.venue.state}
        </span>
      </p>
    </>
  );
}
