import type { MeetingSummary, Registration } from '@/api/contracts/meetings';
import type { Tone } from '@/components/ui/tone';
import { formatMonthDay } from './meeting-dates';
import { countOf } from '@/lib/format';

const people = (n: number): string => countOf(n, 'person', 'people');

/**
 * Where the city stands for one meeting: how many of its people are registered, or else whether
 * (and until when) they still can.
 */
export function cityRegistrationStatus(
  meeting: MeetingSummary,
  registrations: readonly Registration[],
  now: Date,
): { text: string; tone: Tone } {
  if (meeting.status === 'canceled') return { text: 'Canceled by MIP', tone: 'warning' };
  const ours = registrations.filter((r) => r.meetingId === meeting.id);
  const confirmed = ours.filter((r) => r.status === 'confirmed').length;
  const waitlisted = ours.filter((r) => r.status === 'waitlisted').length;
  if (confirmed > 0 || waitlisted > 0) {
    const travel = ours.find((r) => r.status !== 'cancelled' && r.travelSupport)?.travelSupport;
    const parts = [
      confirmed > 0 && `${people(confirmed)} registered`,
      waitlisted > 0 && `${people(waitlisted)} on the waitlist`,
      travel && `travel support ${travel.status}`,
    ];
    return { text: parts.filter(Boolean).join(' · '), tone: confirmed > 0 ? 'success' : 'warning' };
  }
  const time = now.getTime();
  if (time >= Date.parse(meeting.registrationClosesAt))
    return { text: 'Not registered · registration closed', tone: 'neutral' };
  if (time < Date.parse(meeting.registrationOpensAt)) {
    return {
      text: `Registration opens ${formatMonthDay(meeting.registrationOpensAt, meeting.timeZone)}`,
      tone: 'neutral',
    };
  }
  if (meeting.capacity !== null && meeting.seatsTaken >= meeting.capacity)
    return { text: 'Full — waitlist', tone: 'warning' };
  return {
    text: `Not registered · registration closes ${formatMonthDay(meeting.registrationClosesAt, meeting.timeZone)}`,
    tone: 'info',
  };
}
