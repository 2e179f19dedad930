import { Link } from 'react-router';
import { MapPin } from 'lucide-react';
import type { MeetingSummary, Registration } from '@/api/contracts/meetings';
import { StatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { cityRegistrationStatus } from './city-registration-status';
import { formatMeetingDates } from './meeting-dates';
import { meetingKindLabel } from './meeting-kind';

interface MeetingListItemProps {
  memberId: string;
  meeting: MeetingSummary;
  registrations: readonly Registration[];
  now: Date;
}

export function MeetingListItem({ memberId, meeting, registrations, now }: MeetingListItemProps) {
  const status = cityRegistrationStatus(meeting, registrations, now);
  return (
    <li className="p-4 sm:px-6">
      <h3 className="text-lg font-semibold">
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
      <p className="mt-2 flex flex-wrap gap-2">
        <StatusTag tone="neutral">{meetingKindLabel[meeting.kind]}</StatusTag>
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
      </p>
    </li>
  );
}
