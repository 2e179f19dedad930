import { useState } from 'react';
import { CalendarPlus } from 'lucide-react';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import { Button } from '@/components/ui/button';
import { saveTextFile } from '@/lib/save-file';

/** Downloads the meeting's .ics from the API (see saveTextFile for why not a plain link). */
export function AddToCalendarButton({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const text = await apiRequest('getMeetingCalendar', { params: { meetingId }, query: { memberId } });
      saveTextFile(text, `${meetingId}.ics`, 'text/calendar');
    } catch (failure) {
      setError(`The calendar file couldn't be downloaded. ${describeError(failure)}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      <Button variant="secondary" pending={pending} onClick={() => void download()}>
        <CalendarPlus aria-hidden="true" className="size-5" />
        Add to calendar
      </Button>
      <p role="status" className="mt-2 text-sm text-red-800 empty:hidden">
        {error}
      </p>
    </div>
  );
}
