import { useQueryClient } from '@tanstack/react-query';
import { CalendarPlus } from 'lucide-react';
import { apiRequest } from '@/api/client';
import { DownloadButton } from '@/components/ui/download-button';

/** Downloads the meeting's .ics from the API. */
export function AddToCalendarButton({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const client = useQueryClient();
  return (
    <DownloadButton
      what="The calendar file"
      fetchFile={async () => ({
        content: await apiRequest('getMeetingCalendar', { params: { meetingId }, query: { memberId }, client }),
        fileName: `${meetingId}.ics`,
        type: 'text/calendar',
      })}
    >
      <CalendarPlus aria-hidden="true" className="size-5" />
      Add to calendar
    </DownloadButton>
  );
}
