import type { StaffTravelSupport } from '../../src/api/contracts/staff-travel';
import { formatDate, formatDateInZone, formatMoney } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { RegistrationRow, TravelSupportRow } from '../../mocks/db/rows/meetings';
import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { outboxWords, type EmailWords } from '../../mocks/lib/outbox-words';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { notifyRequestUpdate } from './outbox';
import { findMember, personRef } from './people';
import { meetingOf } from './registrations';
import type { ActiveSession } from './sessions';
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

/**
 * A travel-support request for MIP's programs staff: anyone else is refused before the id is looked
 * up. A change holds the registration, so its version check and decision happen once.
 */
export async function staffTravelSupportFor(
  tx: StoreTx,
  session: ActiveSession,
  registrationId: string | undefined,
  forUpdate = false,
): Promise<TravelSupportRecord> {
  requireStaffArea(session, 'programs');
  const key = { id: registrationId ?? '' };
  const row = await (forUpdate ? tx.registrations.getForUpdate(key) : tx.registrations.get(key));
  if (registrationId === undefined || !row?.travelSupport) throw notFound('That travel-support request');
  return row as TravelSupportRecord;
}

/** The request as MIP's programs staff work it. */
export async function staffTravelSupportView(tx: StoreTx, row: TravelSupportRecord): Promise<StaffTravelSupport> {
  const member = await findMember(tx, row.memberId);
  const meeting = await meetingOf(tx, row);
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
    attribution: { actor: await personRef(tx, row.actorId), subject: await personRef(tx, row.subjectId) },
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
          decidedBy: support.decidedById ? await personRef(tx, support.decidedById) : null,
        }
      : null,
    actions: await staffActionsOf(tx, 'travel_support', row.id),
    version: row.version,
  };
}

/**
 * Only a request still waiting, for someone still coming to a meeting not yet over, can be decided:
 * the words say which of these it is not.
 */
async function requireDecidable(tx: StoreTx, row: TravelSupportRecord, change: string): Promise<void> {
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
  const meeting = await meetingOf(tx, row);
  if (Date.parse(meeting.endsAt) <= clock.now().getTime()) {
    throw new HttpError(
      409,
      'meeting_over',
      `The ${meeting.title} ended on ${formatDateInZone(meeting.endsAt, meeting.timeZone)}, so its travel support can't be ${change}.`,
    );
  }
}

/** Tells the person the registration is for and whoever made it, per their e-mail preferences. */
async function notifyMember(tx: StoreTx, row: TravelSupportRecord, words: EmailWords): Promise<void> {
  await notifyRequestUpdate(tx, {
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'travel_support',
    recordId: row.id,
  });
}

/**
 * Approves a waiting request with what MIP covers (at most the estimate) and a message the member
 * reads. `row` is the held registration: it is changed and written back.
 */
export async function approveTravelSupport(
  tx: StoreTx,
  row: TravelSupportRecord,
  actor: PersonRow,
  amountCents: number,
  message: string,
): Promise<void> {
  await requireDecidable(tx, row, 'approved');
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
  await recordStaffAction(tx, 'travel_support', row, actor, at, `Approved ${formatMoney(amountCents)}`, note);
  await tx.registrations.update(row);
  const meeting = await meetingOf(tx, row);
  await notifyMember(
    tx,
    row,
    outboxWords.travelApproved(row.memberId, meeting.id, meeting.title, row.attendee.name, amountCents, note),
  );
}

/** Declines a waiting request with a reason the member reads; `row` is changed and written back. */
export async function declineTravelSupport(
  tx: StoreTx,
  row: TravelSupportRecord,
  actor: PersonRow,
  reason: string,
): Promise<void> {
  await requireDecidable(tx, row, 'declined');
  const at = clock.now().toISOString();
  Object.assign(row.travelSupport, {
    status: 'declined',
    approvedCents: null,
    decisionNote: reason,
    decidedAt: at,
    decidedById: actor.id,
  } satisfies Partial<TravelSupportRow>);
  await recordStaffAction(tx, 'travel_support', row, actor, at, 'Declined', reason);
  await tx.registrations.update(row);
  const meeting = await meetingOf(tx, row);
  await notifyMember(
    tx,
    row,
    outboxWords.travelDeclined(row.memberId, meeting.id, meeting.title, row.attendee.name, reason),
  );
}
