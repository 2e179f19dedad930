import { officeHoursBetween } from '../dates';
import type { MeetingRow, RegistrationRow } from '../rows/meetings';
import type { PersonRow } from '../rows/people';
import { personAttendee, registration, travelSupport } from './registration-builders';
import type { SeedContext } from './seed-context';

const HOUSING = 'housing-affordability-convening';

/**
 * Lakeport's RSVPs to the upcoming Housing Affordability Convening, so the hub has travel support
 * in two states to show: Priya registered the Director of Housing early and MIP approved his
 * travel; the mayor RSVP'd later and his request still waits for MIP's decision. (Riverton stays
 * unregistered for every upcoming invite-only meeting: registering is its demo story.)
 */
export function seedInviteOnlyRsvps(
  ctx: SeedContext,
  meetings: readonly MeetingRow[],
  person: (id: string) => PersonRow,
): RegistrationRow[] {
  const meeting = meetings.find((m) => m.id === HOUSING);
  const now = ctx.now.toISOString();
  const open = meeting && Date.parse(meeting.registrationOpensAt) <= ctx.now.getTime();
  if (!meeting || !open || Date.parse(meeting.startsAt) <= ctx.now.getTime()) return [];
  const base = { meeting, memberId: 'lakeport', subjectId: 'marcus-bell' };
  const tom = registration({
    ...base,
    index: 1,
    attendee: personAttendee(person('tom-alvarez'), 'staff'),
    createdAt: officeHoursBetween(meeting.registrationOpensAt, now, 0.3),
    actorId: 'priya-natarajan',
  });
  tom.travelSupport = travelSupport(
    62_000,
    'Train to Minneapolis and two hotel nights',
    officeHoursBetween(tom.createdAt, now, 0.4),
  );
  const marcus = registration({
    ...base,
    index: 2,
    attendee: { ...personAttendee(person('marcus-bell'), 'mayor'), arrival: 'Monday evening, flight from Lakeport' },
    createdAt: officeHoursBetween(meeting.registrationOpensAt, now, 0.8),
    actorId: 'marcus-bell',
  });
  marcus.travelSupport = travelSupport(78_000, 'Flight to Minneapolis and two hotel nights');
  return [tom, marcus];
}
