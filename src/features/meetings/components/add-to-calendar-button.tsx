import { useState } from 'react';
import { CalendarPlus } from 'lucide-react';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import { Button } from '@/components/ui/button';

/**
 * Downloads the meeting's .ics. The file is fetched like every other request (with credentials,
 * through the client's re-sign-in) and saved from a Blob URL: a plain link to the API would only
 * work where the browser sends the session cookie on that navigation, and the embedded mock API
 * (a service worker) does not answer navigations at all.
 */
export function AddToCalendarButton({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const text = await apiRequest('getMeetingCalendar', { params: { meetingId }, query: { memberId } });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${meetingId}.ics`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
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
