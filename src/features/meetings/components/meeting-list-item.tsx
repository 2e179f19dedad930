import type { MeetingSummary, Registration } from '@/api/contracts/meetings';
import { StatusTag } from '@/components/ui/status-tag';
import { cityRegistrationStatus } from './city-registration-status';
import { MeetingHeadline } from './meeting-headline';
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
      <MeetingHeadline memberId={memberId} meeting={meeting} titleClassName="text-lg" />
      <p className="mt-2 flex flex-wrap gap-2">
        <StatusTag tone="neutral">{meetingKindLabel[meeting.kind]}</StatusTag>
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
      </p>
    </li>
  );
}
