import type { MeetingAttendee, MeetingAttendees } from '../../src/api/contracts/staff-meetings';
import { attendeeKindLabel } from '../../src/lib/attendee-kind-words';
import type { MeetingRow, RegistrationRow } from '../../mocks/db/rows/meetings';
import { csvText } from '../../mocks/lib/csv';
import { slugOf } from '../../mocks/lib/slug';
import type { StoreTx } from '../store/store';
import { byRegistrationOrder } from './seats';

/**
 * Who's coming to a meeting, as the programs team plans the room and the catering: confirmed
 * attendees by city, then the waitlist in the order it will be seated. Canceled registrations are
 * left out.
 */
export async function meetingAttendees(tx: StoreTx, meeting: MeetingRow): Promise<MeetingAttendees> {
  const rows = await tx.registrations.find({ meetingId: meeting.id });
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  const waitlist = rows.filter((r) => r.status === 'waitlisted').sort(byRegistrationOrder);
  const cities = new Map<string, { city: string; state: string }>();
  for (const { memberId } of rows) {
    if (cities.has(memberId)) continue;
    const member = await tx.members.get({ id: memberId });
    cities.set(memberId, { city: member?.city ?? memberId, state: member?.state ?? '' });
  }
  const where = (r: RegistrationRow) => cities.get(r.memberId) ?? { city: r.memberId, state: '' };
  const byCityThenName = (a: RegistrationRow, b: RegistrationRow) =>
    where(a).city.localeCompare(where(b).city, 'en-US') ||
    a.attendee.name.localeCompare(b.attendee.name, 'en-US') ||
    byRegistrationOrder(a, b);
  const view = (r: RegistrationRow, waitlistPosition: number | null): MeetingAttendee => ({
    registrationId: r.id,
    memberId: r.memberId,
    ...where(r),
    attendee: { ...r.attendee },
    status: r.status,
    waitlistPosition,
    travelSupport: r.travelSupport && {
      status: r.travelSupport.status,
      estimatedCostCents: r.travelSupport.estimatedCostCents,
      approvedCents:
        r.travelSupport.status === 'approved'
          ? (r.travelSupport.approvedCents ?? r.travelSupport.estimatedCostCents)
          : null,
    },
    registeredAt: r.createdAt,
  });
  return {
    items: [
      ...confirmed.sort(byCityThenName).map((r) => view(r, null)),
      ...waitlist.map((r, index) => view(r, index + 1)),
    ],
    confirmed: confirmed.length,
    waitlisted: waitlist.length,
  };
}

const dollars = (cents: number | null): string | null => (cents === null ? null : (cents / 100).toFixed(2));

const TRAVEL_WORDS = { requested: 'Requested', approved: 'Approved', declined: 'Declined' } as const;

/** The same list as a spreadsheet: one row per attendee, with what the team plans around. */
export async function meetingAttendeesCsv(tx: StoreTx, meeting: MeetingRow): Promise<File> {
  const { items } = await meetingAttendees(tx, meeting);
  const text = csvText(
    [
      'City',
      'State',
      'Name',
      'Job title',
      'Attends as',
      'E-mail',
      'Status',
      'Waitlist position',
      'Dietary needs',
      'Accessibility needs',
      'Arrival',
      'Travel support',
      'Estimated cost (USD)',
      'MIP covers (USD)',
      'Registered at (UTC)',
    ],
    items.map((a) => [
      a.city,
      a.state,
      a.attendee.name,
      a.attendee.title,
      attendeeKindLabel[a.attendee.kind],
      a.attendee.email,
      a.status === 'confirmed' ? 'Confirmed' : 'Waitlisted',
      a.waitlistPosition,
      a.attendee.dietaryNeeds,
      a.attendee.accessibilityNeeds,
      a.attendee.arrival,
      a.travelSupport ? TRAVEL_WORDS[a.travelSupport.status] : null,
      dollars(a.travelSupport?.estimatedCostCents ?? null),
      dollars(a.travelSupport?.approvedCents ?? null),
      new Date(a.registeredAt).toISOString(),
    ]),
  );
  return new File([text], `${slugOf(meeting.title) || meeting.id}-attendees.csv`, { type: 'text/csv;charset=utf-8' });
}
