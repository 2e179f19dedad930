import type { AttendeeInput } from '../../src/api/contracts/meetings';
import { clock } from '../../mocks/clock';
import type { MeetingRow, RegistrationRow, TravelSupportRow } from '../../mocks/db/rows/meetings';
import { notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { requireNoAttendeeProblems } from './attendee-problems';
import { requireEligible } from './registration-eligibility';
import { requireRegistrationOpen } from './registration-window';
import { takeSeats } from './seats';

/** The registration, held for this transaction when the caller is about to change it. */
export async function findRegistration(
  tx: StoreTx,
  registrationId: string | undefined,
  forUpdate = false,
): Promise<RegistrationRow> {
  if (registrationId === undefined) throw notFound('That registration');
  const key = { id: registrationId };
  const row = await (forUpdate ? tx.registrations.getForUpdate(key) : tx.registrations.get(key));
  if (!row) throw notFound('That registration');
  return row;
}

/** The registration's meeting; held when the caller is about to take or free seats. */
export async function meetingOf(tx: StoreTx, row: RegistrationRow, forUpdate = false): Promise<MeetingRow> {
  const key = { id: row.meetingId };
  const meeting = await (forUpdate ? tx.meetings.getForUpdate(key) : tx.meetings.get(key));
  if (!meeting) throw notFound('That meeting');
  return meeting;
}

async function newRow(
  tx: StoreTx,
  access: MemberAccess,
  meeting: MeetingRow,
  attendee: AttendeeInput,
  createdAt: string,
): Promise<RegistrationRow> {
  const { kind, name, title, email, dietaryNeeds, accessibilityNeeds, arrival, travelSupport } = attendee;
  return {
    id: await tx.nextId('reg'),
    meetingId: meeting.id,
    memberId: access.member.id,
    attendee: { kind, name, title, email: email.trim(), dietaryNeeds, accessibilityNeeds, arrival },
    status: 'waitlisted', // takeSeats decides
    travelSupport: travelSupport ? requestedTravelSupport(travelSupport) : null,
    createdAt,
    // "Jordan Lee for Mayor Ana Ortiz": the person acting, and the mayor they act for.
    actorId: access.actor.id,
    subjectId: access.subject.id,
    version: 0,
  };
}

/** A request for travel support as the member sends it: waiting for MIP's decision. */
export function requestedTravelSupport(request: { estimatedCostCents: number; note: string }): TravelSupportRow {
  const { estimatedCostCents, note } = request;
  return {
    estimatedCostCents,
    note,
    status: 'requested',
    approvedCents: null,
    decisionNote: null,
    decidedAt: null,
    decidedById: null,
  };
}

/**
 * Registers a submission's attendees: every rule is checked first, and the whole submission is
 * refused if any fails, so a city never ends up with half of its people registered. The meeting's
 * row is held from the first check to the last seat taken, so concurrent submissions for it queue.
 * Seats are taken in body order. All rows share the clock's instant; their ids, drawn in body order
 * from one rising sequence, keep that order on the waitlist.
 */
export async function registerAttendees(
  tx: StoreTx,
  access: MemberAccess,
  meeting: MeetingRow,
  attendees: readonly AttendeeInput[],
): Promise<RegistrationRow[]> {
  const held = await tx.meetings.getForUpdate({ id: meeting.id });
  if (!held) throw notFound('That meeting');
  await requireEligible(tx, access.member, held, attendees);
  requireRegistrationOpen(held);
  await requireNoAttendeeProblems(tx, held, access.member.id, attendees);
  const createdAt = clock.now().toISOString();
  const rows: RegistrationRow[] = [];
  for (const attendee of attendees) rows.push(await newRow(tx, access, held, attendee, createdAt));
  return takeSeats(tx, held, rows);
}
