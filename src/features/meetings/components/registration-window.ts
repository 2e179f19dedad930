import type { MeetingSummary } from '@/api/contracts/meetings';
import { formatDateInZone } from '@/lib/format';

/** Whether people can register now: on or after it opens, before it closes. */
export function isRegistrationOpen(meeting: MeetingSummary, now: number): boolean {
  if (meeting.status === 'canceled') return false;
  return now >= Date.parse(meeting.registrationOpensAt) && now < Date.parse(meeting.registrationClosesAt);
}

/** "Registration open until Jan 6, 2027", "Registration opens Oct 22, 2026", "Registration closed Jan 6, 2027". */
export function registrationWindowText(meeting: MeetingSummary, now: Date): string {
  if (meeting.status === 'canceled') return 'Canceled: registration is closed';
  const opens = formatDateInZone(meeting.registrationOpensAt, meeting.timeZone);
  const closes = formatDateInZone(meeting.registrationClosesAt, meeting.timeZone);
  if (now.getTime() < Date.parse(meeting.registrationOpensAt)) return `Registration opens ${opens}`;
  if (now.getTime() < Date.parse(meeting.registrationClosesAt)) return `Registration open until ${closes}`;
  return `Registration closed ${closes}`;
}

/** "400 seats · 12 left", "Full (12 seats)", "No limit". */
export function capacityText(meeting: MeetingSummary): string {
  if (meeting.capacity === null) return 'No limit';
  const left = Math.max(0, meeting.capacity - meeting.seatsTaken);
  return left === 0 ? `Full (${meeting.capacity} seats)` : `${meeting.capacity} seats · ${left} left`;
}
