import { instantBetween, officeHoursBetween } from '../dates';
import type { MeetingRow, RegistrationRow } from '../rows/meetings';
import type { PersonRow } from '../rows/people';
import { seedInviteOnlyRsvps } from './invite-only-rsvps';
import {
  crowd,
  personAttendee,
  registration,
  travelSupport,
  type Attendee,
  type SeedPeople,
} from './registration-builders';
import type { SeedContext } from './seed-context';

const DEMO_MEMBERS = new Set(['riverton', 'lakeport', 'cedar-falls', 'millbrook']);
const FULL_MEETING = 'digital-equity-working-session';

/** Who is registered for the next Winter Meeting among the demo cities. */
// prettier-ignore
const NEXT_WINTER: [memberId: string, personId: string, kind: Attendee['kind'], actorId: string, subjectId: string][] = [
  // Lakeport: the mayor and two staff, confirmed; the deputy mayor registered the staff.
  ['lakeport', 'marcus-bell', 'mayor', 'marcus-bell', 'marcus-bell'],
  ['lakeport', 'priya-natarajan', 'staff', 'priya-natarajan', 'marcus-bell'],
  ['lakeport', 'tom-alvarez', 'staff', 'priya-natarajan', 'marcus-bell'],
  // Jordan registered Mayor Whitfield, acting on her behalf.
  ['cedar-falls', 'dana-whitfield', 'mayor', 'jordan-lee', 'dana-whitfield'],
];

export function seedRegistrations(
  ctx: SeedContext,
  meetings: readonly MeetingRow[],
  people: SeedPeople,
): RegistrationRow[] {
  const rnd = ctx.prng('registrations');
  const person = (id: string): PersonRow => {
    const found = people.peopleById.get(id);
    if (!found) throw new Error(`Seed person ${id} is missing`);
    return found;
  };
  const others = people.members.filter((m) => m.kind === 'member' && !DEMO_MEMBERS.has(m.id)).map((m) => m.id);
  const now = ctx.now.getTime();
  const isPast = (m: MeetingRow): boolean => Date.parse(m.startsAt) < now;
  const isOpen = (m: MeetingRow): boolean => Date.parse(m.registrationOpensAt) <= now;
  const rows: RegistrationRow[] = [];

  for (const meeting of meetings.filter((m) => isOpen(m) && m.id !== FULL_MEETING)) {
    const pool = meeting.invitedMemberIds?.filter((id) => !DEMO_MEMBERS.has(id)) ?? others;
    const share = isPast(meeting) ? rnd.int(10, 22) : rnd.int(4, 12);
    rows.push(...crowd(ctx, rnd, meeting, rnd.sample(pool, Math.min(share, pool.length)), people));
  }

  // The small invite-only session is full: every seat taken, two cities on the waitlist.
  const full = meetings.find((m) => m.id === FULL_MEETING);
  if (full && isOpen(full)) {
    const pool = (full.invitedMemberIds ?? []).filter((id) => !DEMO_MEMBERS.has(id));
    const mayors = crowd(ctx, rnd, full, pool, people).filter((r) => r.attendee.kind === 'mayor');
    const seated = mayors.slice(0, (full.capacity ?? 0) + 2);
    seated.forEach((r, i) => {
      r.status = i < (full.capacity ?? 0) ? 'confirmed' : 'waitlisted';
      r.createdAt = instantBetween(full.registrationOpensAt, ctx.now.toISOString(), (i + 1) / (seated.length + 1));
    });
    rows.push(...seated);
  }

  const nextWinter = meetings.find((m) => m.kind === 'winter' && !isPast(m));
  if (nextWinter && isOpen(nextWinter)) {
    const createdAt = officeHoursBetween(nextWinter.registrationOpensAt, ctx.now.toISOString(), 0.2);
    NEXT_WINTER.forEach(([memberId, personId, kind, actorId, subjectId]) => {
      const index = rows.filter((r) => r.meetingId === nextWinter.id && r.memberId === memberId).length + 1;
      // The mayor flies in the evening before, as mayors usually do; staff have not said yet.
      const arrival = kind === 'mayor' ? 'Tuesday evening, by air' : '';
      const attendee = { ...personAttendee(person(personId), kind), arrival };
      rows.push(registration({ meeting: nextWinter, memberId, attendee, index, createdAt, actorId, subjectId }));
    });
  }

  requestTravelSupport(ctx, meetings, rows);
  rows.push(...seedInviteOnlyRsvps(ctx, meetings, person));
  rows.push(...rivertonHistory(ctx, meetings, person));
  return rows;
}

/** Riverton's history: Ana at every meeting since her term began, registered by Jordan for her, who came along. */
function rivertonHistory(
  ctx: SeedContext,
  meetings: readonly MeetingRow[],
  person: (id: string) => PersonRow,
): RegistrationRow[] {
  const ana = person('ana-ortiz');
  const jordan = person('jordan-lee');
  const rows: RegistrationRow[] = [];
  for (const meeting of meetings) {
    const past = Date.parse(meeting.startsAt) < ctx.now.getTime();
    // Meetings she could register for as mayor: registration opened after her term began.
    if (!past || meeting.registrationOpensAt < `${ana.termStartedOn ?? ''}T00:00`) continue;
    if (meeting.invitedMemberIds && !meeting.invitedMemberIds.includes('riverton')) continue;
    const base = {
      meeting,
      memberId: 'riverton',
      createdAt: officeHoursBetween(meeting.registrationOpensAt, meeting.registrationClosesAt, 0.3),
      actorId: 'jordan-lee',
      subjectId: 'ana-ortiz',
    };
    const mayor = registration({
      ...base,
      index: 1,
      attendee: { ...personAttendee(ana, 'mayor'), dietaryNeeds: 'Vegetarian', arrival: 'The evening before' },
    });
    if (meeting.travelSupportOffered) {
      mayor.travelSupport = travelSupport(
        84_000,
        'Flight from Riverton and two hotel nights',
        officeHoursBetween(base.createdAt, meeting.registrationClosesAt, 0.3),
      );
    }
    rows.push(mayor);
    if (meeting.kind !== 'invite_only')
      rows.push(registration({ ...base, index: 2, attendee: personAttendee(jordan, 'staff') }));
  }
  return rows;
}

/** How much support an attendee asks for and for what, by how they would travel. */
const TRAVEL_ASKS: [low: number, high: number, note: (city: string) => string][] = [
  [52_000, 96_000, (city) => `Flight to ${city} and two hotel nights`],
  [38_000, 64_000, (city) => `Train to ${city} and two hotel nights`],
  [24_000, 41_000, (city) => `Mileage to ${city} and one hotel night`],
];

/**
 * Travel support waiting for MIP: on upcoming meetings that offer it, a few generated cities asked
 * for it for their mayor when they registered. Only flags registrations the crowd already made, so
 * no seat changes hands.
 */
function requestTravelSupport(ctx: SeedContext, meetings: readonly MeetingRow[], rows: RegistrationRow[]): void {
  const rnd = ctx.prng('registrations:travel-support');
  const offering = new Map(
    meetings.filter((m) => m.travelSupportOffered && Date.parse(m.startsAt) > ctx.now.getTime()).map((m) => [m.id, m]),
  );
  // One attendee per city and meeting: the mayor's row comes first in a city's registrations.
  const byCity = new Map<string, RegistrationRow>();
  for (const r of rows) {
    const key = `${r.meetingId}|${r.memberId}`;
    const eligible = offering.has(r.meetingId) && !DEMO_MEMBERS.has(r.memberId) && r.status === 'confirmed';
    if (eligible && !r.travelSupport && !byCity.has(key)) byCity.set(key, r);
  }
  for (const r of rnd.sample([...byCity.values()], rnd.int(4, 6))) {
    const meeting = offering.get(r.meetingId);
    const [low, high, note] = rnd.pick(TRAVEL_ASKS);
    if (!meeting) continue;
    r.travelSupport = travelSupport(rnd.int(low / 1_000, high / 1_000) * 1_000, note(meeting.venue.city));
  }
}
