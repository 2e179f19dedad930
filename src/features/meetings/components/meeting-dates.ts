import { formatDateTimeInZone } from '@/lib/format';

/**
 * Meeting dates are shown in the meeting's own time zone: a Winter Meeting in Washington starts
 * on Jan 20 there, whatever the reader's clock says.
 */
export function formatMeetingDates(startsAt: string, endsAt: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Jan 6", in the meeting's zone, for deadlines close enough that the year is obvious. */
export function formatMonthDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone }).format(new Date(instant));
}

/** ["Jan 20, 2027, 9:00 AM EST", "Jan 22, 2027, 12:00 PM EST"]: start and end in the given zone. */
export function formatMeetingTimes(startsAt: string, endsAt: string, timeZone: string): [string, string] {
  return [formatDateTimeInZone(startsAt, timeZone), formatDateTimeInZone(endsAt, timeZone)];
}

/** "9:00 AM", in the meeting's zone. */
export function formatTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "Wednesday, January 20", a day of an agenda in the meeting's zone. */
export function formatAgendaDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    new Date(instant),
  );
}

/** The zone of the person reading. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
