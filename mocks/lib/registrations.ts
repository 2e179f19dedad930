import type { AttendeeInput } from '../../src/api/contracts/meetings';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { MeetingRow, RegistrationRow, TravelSupportRow } from '../db/rows/meetings';
import type { MemberAccess } from './access';
import { requireNoAttendeeProblems } from './attendee-problems';
import { notFound } from './http-error';
import { requireEligible } from './registration-eligibility';
import { requireRegistrationOpen } from './registration-window';
import { takeSeats } from './seats';

export function findRegistration(registrationId: string | undefined): RegistrationRow {
  const row = getDb().registrations.find((r) => r.id === registrationId);
  if (!row) throw notFound('That registration');
  return row;
}

export function meetingOf(row: RegistrationRow): MeetingRow {
  const meeting = getDb().meetings.find((m) => m.id === row.meetingId);
  if (!meeting) throw notFound('That meeting');
  return meeting;
}

function newRow(
  access: MemberAccess,
  meeting: MeetingRow,
  attendee: AttendeeInput,
  createdAt: string,
): RegistrationRow {
  const { kind, name, title, email, dietaryNeeds, accessibilityNeeds, arrival, travelSupport } = attendee;
  return {
    id: nextId('reg'),
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
 * refused if any fails, so a city never ends up with half of its people registered. Then seats are
 * taken in body order, in one synchronous step. All rows share the clock's instant; their ids,
 * drawn in body order from one rising sequence, keep that order on the waitlist.
 */
export function registerAttendees(
  access: MemberAccess,
  meeting: MeetingRow,
  attendees: readonly AttendeeInput[],
): RegistrationRow[] {
  requireEligible(access.member, meeting, attendees);
  requireRegistrationOpen(meeting);
  requireNoAttendeeProblems(meeting, access.member.id, attendees);
  const createdAt = clock.now().toISOString();
  return takeSeats(
    meeting,
    attendees.map((attendee) => newRow(access, meeting, attendee, createdAt)),
  );
}
