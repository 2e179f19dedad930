import * as z from 'zod/mini';
import { meetingInputSchema, type MeetingInput, type StaffMeeting } from '@/api/contracts/staff-meetings';
import type { UsStateCode } from '@/lib/us-states';
import type { UsTimeZone } from '@/lib/us-time-zones';

/**
 * The meeting form's values: the contract's MeetingInput as people type it. Times are what a
 * datetime-local field holds ("2027-07-14T09:00", in the meeting's zone), and the capacity is text,
 * empty for no limit.
 */
export interface MeetingFormValues {
  kind: MeetingInput['kind'];
  title: string;
  summary: string;
  timeZone: UsTimeZone | '';
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string; city: string; state: UsStateCode | '' };
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  travelSupportOffered: boolean;
  agenda: { startsAt: string; title: string; description: string }[];
}

export const EMPTY_MEETING: MeetingFormValues = {
  kind: 'invite_only',
  title: '',
  summary: '',
  timeZone: '',
  startsAt: '',
  endsAt: '',
  venue: { name: '', address: '', city: '', state: '' },
  capacity: '',
  registrationOpensAt: '',
  registrationClosesAt: '',
  travelSupportOffered: false,
  agenda: [],
};

/** A time as the meeting writes it ("2027-07-14T09:00:00-05:00", in its zone) for a datetime-local field. */
const wallTimeOf = (isoInZone: string) => isoInZone.slice(0, 16);

export function meetingFormValuesOf(meeting: StaffMeeting): MeetingFormValues {
  return {
    kind: meeting.kind,
    title: meeting.title,
    summary: meeting.summary,
    timeZone: meeting.timeZone as UsTimeZone,
    startsAt: wallTimeOf(meeting.startsAt),
    endsAt: wallTimeOf(meeting.endsAt),
    venue: { ...meeting.venue, state: meeting.venue.state as UsStateCode },
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
    registrationOpensAt: wallTimeOf(meeting.registrationOpensAt),
    registrationClosesAt: wallTimeOf(meeting.registrationClosesAt),
    travelSupportOffered: meeting.travelSupportOffered,
    agenda: meeting.agenda.map((item) => ({
      startsAt: wallTimeOf(item.startsAt),
      title: item.title,
      description: item.description,
    })),
  };
}

/** "" → no limit; anything else a number the contract then holds to its rules ("12.5" is refused there). */
function capacityOf(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

export function meetingInputOf(values: MeetingFormValues): MeetingInput {
  return { ...values, capacity: capacityOf(values.capacity) } as MeetingInput;
}

/**
 * The form's rules are the contract's, checked on what the form would send, so every message is
 * the one the API gives and lands on the field it names.
 */
export const meetingFormSchema = z.pipe(
  z.pipe(
    z.custom<MeetingFormValues>(),
    z.transform((values: MeetingFormValues) => meetingInputOf(values)),
  ),
  meetingInputSchema,
);
