import type { Meeting, MeetingSummary, Registration } from '../../src/api/contracts/meetings';
import type { MeetingRow, RegistrationRow, TravelSupportRow } from '../../mocks/db/rows/meetings';
import type { StoreTx } from '../store/store';
import { personRef } from './people';
import { seatsTaken, waitlistOf } from './seats';

/** Invite-only meetings exist only for the members invited to them. */
export function isVisibleTo(meeting: MeetingRow, memberId: string): boolean {
  return meeting.invitedMemberIds === null || meeting.invitedMemberIds.includes(memberId);
}

export async function meetingSummaryView(tx: StoreTx, row: MeetingRow): Promise<MeetingSummary> {
  const seats = await seatsTaken(tx, row.id);
  const waitlist = await waitlistOf(tx, row.id);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    venue: row.venue,
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    capacity: row.capacity,
    seatsTaken: seats,
    waitlistLength: waitlist.length,
    travelSupportOffered: row.travelSupportOffered,
    briefingBookId: row.briefingBookId,
    trackId: row.trackId,
  };
}

export async function meetingView(tx: StoreTx, row: MeetingRow): Promise<Meeting> {
  return { ...(await meetingSummaryView(tx, row)), agenda: row.agenda };
}

/** Waitlist positions are derived (1 = next in line) so a promotion or cancellation never leaves gaps. */
async function waitlistPosition(tx: StoreTx, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'waitlisted') return null;
  return (await waitlistOf(tx, row.meetingId)).findIndex((r) => r.id === row.id) + 1;
}

/** The request as the member sees it: MIP's decision, never who at MIP made it. Older rows lack a decision. */
function travelSupportView(row: TravelSupportRow | null): Registration['travelSupport'] {
  if (!row) return null;
  return {
    estimatedCostCents: row.estimatedCostCents,
    note: row.note,
    status: row.status,
    approvedCents: row.status === 'approved' ? (row.approvedCents ?? row.estimatedCostCents) : null,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt,
  };
}

export async function registrationView(tx: StoreTx, row: RegistrationRow): Promise<Registration> {
  return {
    id: row.id,
    meetingId: row.meetingId,
    memberId: row.memberId,
    attendee: { ...row.attendee },
    status: row.status,
    waitlistPosition: await waitlistPosition(tx, row),
    travelSupport: travelSupportView(row.travelSupport),
    createdAt: row.createdAt,
    attribution: { actor: await personRef(tx, row.actorId), subject: await personRef(tx, row.subjectId) },
  };
}
