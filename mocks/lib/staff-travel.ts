import type { StaffTravelSupport } from '../../src/api/contracts/staff-travel';
import { formatDate, formatDateInZone, formatMoney } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { RegistrationRow, TravelSupportRow } from '../db/rows/meetings';
import type { PersonRow } from '../db/rows/people';
import { requireStaffArea } from './access';
import { HttpError, notFound } from './http-error';
import { notifyRequestUpdate } from './outbox';
import { outboxWords, type EmailWords } from './outbox-words';
import { findMember, personRef } from './people';
import { meetingOf } from './registrations';
import type { ActiveSession } from '../../server/rules/sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';

/**
 * The staff side of travel support (issue 17): MIP's programs staff approve a request with the
 * amount MIP covers (at most the estimate) and an optional message, or decline it with a reason.
 * The request rides on its registration, whose version guards the change (If-Match) and whose id
 * names the request. The member sees the decision on the meeting and the dashboard (meetings.ts,
 * meeting-actions.ts); who decided and MIP's record of actions stay with staff.
 */

/** A registration with travel support, as the two halves of a change need it. */
export type TravelSupportRecord = RegistrationRow & { travelSupport: TravelSupportRow };

/** A travel-support request for MIP's programs staff: anyone else is refused before the id is looked up. */
export function staffTravelSupportFor(session: ActiveSession, registrationId: string | undefined): TravelSupportRecord {
  requireStaffArea(session, 'programs');
  const row = getDb().registrations.find((r) => r.id === registrationId);
  if (!row?.travelSupport) throw notFound('That travel-support request');
  return row as TravelSupportRecord;
}

/** The request as MIP's programs staff work it. */
export function staffTravelSupportView(row: TravelSupportRecord): StaffTravelSupport {
  const member = findMember(row.memberId);
  const meeting = meetingOf(row);
  const support = row.travelSupport;
  const decided = support.status !== 'requested';
  return {
    registrationId: row.id,
    memberId: row.memberId,
    city: member?.city ?? row.memberId,
    state: member?.state ?? '',
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: meeting.timeZone,
    },
    attendee: { kind: row.attendee.kind, name: row.attendee.name, title: row.attendee.title },
    registrationStatus: row.status,
    attribution: { actor: personRef(row.actorId), subject: personRef(row.subjectId) },
    requestedAt: row.createdAt,
    estimatedCostCents: support.estimatedCostCents,
    note: support.note,
    status: support.status,
    decision: decided
      ? {
          status: support.status === 'approved' ? 'approved' : 'declined',
          approvedCents: support.status === 'approved' ? (support.approvedCents ?? support.estimatedCostCents) : null,
          note: support.decisionNote,
          decidedAt: support.decidedAt ?? row.createdAt,
          decidedBy: support.decidedById ? personRef(support.decidedById) : null,
        }
      : null,
    actions: staffActionsOf('travel_support', row.id),
    version: row.version,
  };
}

/**
 * Only a request still waiting, for someone still coming to a meeting not yet over, can be decided:
 * the words say which of these it is not.
 */
function requireDecidable(row: TravelSupportRecord, change: string): void {
  const support = row.travelSupport;
  if (support.status !== 'requested') {
    const on = support.decidedAt ? ` on ${formatDate(support.decidedAt)}` : '';
    throw new HttpError(
      409,
      'travel_support_decided',
      `This request was already ${support.status}${on}, so it can't be ${change}.`,
    );
  }
  if (row.status === 'cancelled') {
    throw new HttpError(
      409,
      'registration_cancelled',
      `${row.attendee.name}'s registration was canceled, so the request can't be ${change}.`,
    );
  }
  const meeting = meetingOf(row);
  if (Date.parse(meeting.endsAt) <= clock.now().getTime()) {
    throw new HttpError(
      409,
      'meeting_over',
      `The ${meeting.title} ended on ${formatDateInZone(meeting.endsAt, meeting.timeZone)}, so its travel support can't be ${change}.`,
    );
  }
}

/** Tells the person the registration is for and whoever made it, per their e-mail preferences. */
function notifyMember(row: TravelSupportRecord, words: EmailWords): void {
  notifyRequestUpdate({
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'travel_support',
    recordId: row.id,
  });
}

/** Approves a waiting request with what MIP covers (at most the estimate) and a message the member reads. */
export function approveTravelSupport(
  row: TravelSupportRecord,
  actor: PersonRow,
  amountCents: number,
  message: string,
): void {
  requireDecidable(row, 'approved');
  const support = row.travelSupport;
  if (amountCents > support.estimatedCostCents) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      amountCents: [`Enter at most the member's estimate of ${formatMoney(support.estimatedCostCents)}`],
    });
  }
  const at = clock.now().toISOString();
  const note = message === '' ? null : message;
  Object.assign(support, {
    status: 'approved',
    approvedCents: amountCents,
    decisionNote: note,
    decidedAt: at,
    decidedById: actor.id,
  } satisfies Partial<TravelSupportRow>);
  recordStaffAction('travel_support', row, actor, at, `Approved ${formatMoney(amountCents)}`, note);
  const meeting = meetingOf(row);
  notifyMember(
    row,
    outboxWords.travelApproved(row.memberId, meeting.id, meeting.title, row.attendee.name, amountCents, note),
  );
}

/** Declines a waiting request with a reason the member reads. */
export function declineTravelSupport(row: TravelSupportRecord, actor: PersonRow, reason: string): void {
  requireDecidable(row, 'declined');
  const at = clock.now().toISOString();
  Object.assign(row.travelSupport, {
    status: 'declined',
    approvedCents: null,
    decisionNote: reason,
    decidedAt: at,
    decidedById: actor.id,
  } satisfies Partial<TravelSupportRow>);
  recordStaffAction('travel_support', row, actor, at, 'Declined', reason);
  const meeting = meetingOf(row);
  notifyMember(row, outboxWords.travelDeclined(row.memberId, meeting.id, meeting.title, row.attendee.name, reason));
}
