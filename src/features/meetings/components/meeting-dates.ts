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
