import { instantBetween } from '../dates';
import type { Prng } from '../prng';
import type { MeetingRow, RegistrationRow, TravelSupportRow } from '../rows/meetings';
import type { MemberRow, PersonRow } from '../rows/people';
import type { SeedContext } from './seed-context';

// prettier-ignore
const STAFF_TITLES = ['Chief of Staff', 'Policy Director', 'Deputy Mayor', 'Sustainability Director', 'Budget Director'] as const;
// prettier-ignore
const STAFF_NAMES = ['Alex Romero', 'Jamie Park', 'Chris Okafor', 'Taylor Nguyen', 'Morgan Diaz', 'Casey Brooks', 'Riley Patel', 'Avery Jensen'] as const;
const DIETARY = ['', '', '', 'Vegetarian', 'No pork', 'Gluten-free', 'Nut allergy'] as const;
const ACCESSIBILITY = ['', '', '', '', 'Step-free access, please', 'Seat near the front (hearing)'] as const;

export type Attendee = RegistrationRow['attendee'];

export interface SeedPeople {
  members: readonly MemberRow[];
  peopleById: ReadonlyMap<string, PersonRow>;
}

/** Who registered whom: a delegate registering for a mayor is actor ≠ subject. */
export interface RegistrationSeed {
  meeting: MeetingRow;
  memberId: string;
  attendee: Attendee;
  /** 1 for the first attendee of the city at this meeting, 2 for the next… (makes the id). */
  index: number;
  createdAt: string;
  actorId: string;
  subjectId: string;
}

export function registration(seed: RegistrationSeed): RegistrationRow {
  const { meeting, memberId, attendee, index, createdAt, actorId, subjectId } = seed;
  return {
    id: `reg-${meeting.id}-${memberId}-${index}`,
    meetingId: meeting.id,
    memberId,
    attendee,
    status: 'confirmed',
    travelSupport: null,
    createdAt,
    actorId,
    subjectId,
    version: 0,
  };
}

/**
 * A travel-support request: waiting for MIP, or approved in full by Morgan Hale (programs) at
 * `decidedAt`, as the seed's older requests were.
 */
export function travelSupport(
  estimatedCostCents: number,
  note: string,
  approvedAt: string | null = null,
): TravelSupportRow {
  const approved = approvedAt !== null;
  return {
    estimatedCostCents,
    note,
    status: approved ? 'approved' : 'requested',
    approvedCents: approved ? estimatedCostCents : null,
    decisionNote: null,
    decidedAt: approvedAt,
    decidedById: approved ? 'morgan-hale' : null,
  };
}

export function personAttendee(person: PersonRow, kind: Attendee['kind']): Attendee {
  const title = kind === 'mayor' ? 'Mayor' : (person.title ?? '');
  return { kind, name: person.name, title, email: person.email, dietaryNeeds: '', accessibilityNeeds: '', arrival: '' };
}

function staffAttendee(rnd: Prng, memberId: string): Attendee {
  const name = rnd.pick(STAFF_NAMES);
  return {
    kind: rnd.chance(0.2) ? 'council' : 'staff',
    name,
    title: rnd.pick(STAFF_TITLES),
    email: `${name.toLowerCase().replace(' ', '.')}@${memberId.replace(/-/g, '')}.example`,
    dietaryNeeds: rnd.pick(DIETARY),
    accessibilityNeeds: rnd.pick(ACCESSIBILITY),
    arrival: '',
  };
}

/** Registrations from a sample of cities: the mayor, and sometimes a staff or council member or two. */
export function crowd(
  ctx: SeedContext,
  rnd: Prng,
  meeting: MeetingRow,
  memberIds: readonly string[],
  people: SeedPeople,
): RegistrationRow[] {
  const rows: RegistrationRow[] = [];
  const closes = new Date(Math.min(Date.parse(meeting.registrationClosesAt), ctx.now.getTime())).toISOString();
  for (const memberId of memberIds) {
    const member = people.members.find((m) => m.id === memberId);
    const mayor = member ? people.peopleById.get(member.mayorId) : undefined;
    if (!member || !mayor) continue;
    const createdAt = instantBetween(meeting.registrationOpensAt, closes, rnd.next());
    const base = { meeting, memberId, createdAt, actorId: mayor.id, subjectId: mayor.id };
    const mayorNeeds = { dietaryNeeds: rnd.pick(DIETARY), accessibilityNeeds: rnd.pick(ACCESSIBILITY) };
    rows.push(registration({ ...base, index: 1, attendee: { ...personAttendee(mayor, 'mayor'), ...mayorNeeds } }));
    const attendees = rnd.int(1, 3);
    for (let index = 2; index <= attendees; index += 1) {
      rows.push(registration({ ...base, index, attendee: staffAttendee(rnd, memberId) }));
    }
    // Now and then a city cancels: visible as history, not counted as a seat.
    const last = rows.at(-1);
    if (last && rnd.chance(0.06)) last.status = 'cancelled';
  }
  return rows;
}
