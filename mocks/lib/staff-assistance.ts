import type { AssistanceApproveBody, StaffAssistanceRequest } from '../../src/api/contracts/staff-assistance';
import {
  assistanceDecisionWords,
  assistanceProblemWords,
  assistedSchedule,
  type AssistanceChange,
} from '../../src/lib/assistance-schedule';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatInstantDate } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { AssistanceDecisionRow, AssistanceRequestRow, InvoiceRow } from '../db/rows/dues';
import type { PersonRow } from '../db/rows/people';
import { requireStaffArea } from './access';
import { alreadyPaid, noInvoice } from './dues-refusals';
import { fiscalYearStartOf, paymentCountOf } from './dues-view';
import { HttpError, notFound } from './http-error';
import { recordPayment } from './invoice-payments';
import { invoiceView, isPaidInFull, paidCentsOf, today } from './invoices';
import { notifyRequestUpdate } from './outbox';
import { outboxWords } from './outbox-words';
import { findMember, personRef } from './people';
import type { ActiveSession } from '../../server/rules/sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';

/**
 * The staff side of financial assistance (issue 17): MIP's finance staff approve a city's request
 * for help with its dues as a reduced amount, a waiver or a longer schedule, or decline it, with a
 * reason the member reads. Approving changes the year's invoice (src/lib/assistance-schedule.ts).
 * Confidential: only staff who work in finance reach a request, whoever else asks.
 */

const OPEN: ReadonlySet<AssistanceRequestRow['status']> = new Set(['submitted', 'under_review']);

const OUTCOME_WORDS: Record<AssistanceDecisionRow['outcome'], string> = {
  reduced: 'Approved a reduced amount',
  waiver: 'Approved a waiver',
  longer_schedule: 'Approved a longer schedule',
  declined: 'Declined',
};

/** A request for MIP's finance staff: anyone else is refused before the id is even looked up. */
export function staffAssistanceRequestFor(
  session: ActiveSession,
  assistanceRequestId: string | undefined,
): AssistanceRequestRow {
  requireStaffArea(session, 'finance');
  const row = getDb().assistanceRequests.find((a) => a.id === assistanceRequestId);
  if (!row) throw notFound('That request for financial assistance');
  return row;
}

/** The invoice of the membership year the request is about. */
function invoiceOfRequest(row: AssistanceRequestRow): InvoiceRow | undefined {
  return getDb().invoices.find((i) => i.memberId === row.memberId && i.membershipYearLabel === row.membershipYearLabel);
}

/** The request as MIP's finance staff decide it: the city, its money, the request and MIP's record. */
export function staffAssistanceRequestView(row: AssistanceRequestRow): StaffAssistanceRequest {
  const member = findMember(row.memberId);
  const on = today();
  const invoice = invoiceOfRequest(row);
  const population = member?.population ?? 0;
  const decision = row.decision;
  return {
    id: row.id,
    memberId: row.memberId,
    city: member?.city ?? row.memberId,
    state: member?.state ?? '',
    population,
    tier: duesTierFor(population),
    membershipYearLabel: row.membershipYearLabel,
    invoice: invoice ? invoiceView(invoice, on) : null,
    paymentPlan: {
      instalments: paymentCountOf(row.memberId),
      fiscalYearStartsOn: fiscalYearStartOf({ fiscalYearStart: member?.fiscalYearStart ?? '07-01' }, on),
    },
    status: row.status,
    reason: row.reason,
    canPayCents: row.canPayCents,
    submittedAt: row.submittedAt,
    attribution: { actor: personRef(row.actorId), subject: personRef(row.subjectId) },
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    decision: decision && {
      outcome: decision.outcome,
      at: decision.at,
      by: personRef(decision.byId),
      reason: decision.reason,
      previousAmountCents: decision.previousAmountCents,
      amountCents: decision.amountCents,
      payments: decision.payments,
      firstDueOn: decision.firstDueOn,
    },
    actions: staffActionsOf('assistance_request', row.id),
    version: row.version,
  };
}

/** A decided request can't be decided again: the words say how and when it was. */
function requireOpen(row: AssistanceRequestRow): void {
  if (OPEN.has(row.status)) return;
  const when = row.decidedAt ? ` on ${formatInstantDate(row.decidedAt)}` : '';
  throw new HttpError(
    409,
    'assistance_decided',
    `This request was already ${row.status}${when}, so it can't be decided again.`,
  );
}

function fieldError(field: string, message: string): HttpError {
  return new HttpError(422, 'validation_failed', 'Some answers need correcting.', { [field]: [message] });
}

function decide(
  row: AssistanceRequestRow,
  actor: PersonRow,
  decision: Omit<AssistanceDecisionRow, 'at' | 'byId'>,
  note: string,
): void {
  const at = clock.now().toISOString();
  row.status = decision.outcome === 'declined' ? 'declined' : 'approved';
  row.decidedAt = at;
  row.decisionNote = note;
  row.decision = { ...decision, at, byId: actor.id };
  recordStaffAction('assistance_request', row, actor, at, OUTCOME_WORDS[decision.outcome], decision.reason);
  const words =
    decision.outcome === 'declined'
      ? outboxWords.assistanceDeclined(row.memberId, row.membershipYearLabel, decision.reason)
      : outboxWords.assistanceApproved(row.memberId, row.membershipYearLabel, note);
  notifyRequestUpdate({
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'assistance_request',
    recordId: row.id,
  });
}

/**
 * Approves an open request: the year's invoice takes the reduced amount, the waiver or the longer
 * schedule (payments made stay); a year paid in full meanwhile gives nothing to approve (409).
 */
export function approveAssistance(row: AssistanceRequestRow, actor: PersonRow, body: AssistanceApproveBody): void {
  requireOpen(row);
  const on = today();
  const invoice = invoiceOfRequest(row);
  const member = findMember(row.memberId);
  if (!invoice || !member) throw noInvoice(on);
  if (isPaidInFull(invoice)) throw alreadyPaid(member, on);
  const change: AssistanceChange =
    body.kind === 'reduced'
      ? { kind: 'reduced', amountCents: body.amountCents }
      : body.kind === 'waiver'
        ? { kind: 'waiver' }
        : { kind: 'longer_schedule', payments: body.payments, firstDueOn: body.firstDueOn };
  const before = { amountCents: invoice.amountCents, paidCents: paidCentsOf(invoice) };
  const outcome = assistedSchedule(
    { amountCents: invoice.amountCents, payments: invoice.instalments, today: on },
    change,
  );
  if (!outcome.possible) {
    const words = assistanceProblemWords(outcome.problem);
    switch (outcome.problem.reason) {
      case 'paid_in_full':
        throw alreadyPaid(member, on);
      case 'starts_in_past':
      case 'starts_too_late':
        throw fieldError('firstDueOn', words);
      default:
        throw fieldError('amountCents', words);
    }
  }
  invoice.amountCents = outcome.amountCents;
  invoice.instalments = outcome.payments;
  // A waiver (or a reduction to what was paid) settles the year: the membership packet follows.
  recordPayment(invoice, [], on);
  decide(
    row,
    actor,
    {
      outcome: body.kind,
      reason: body.reason,
      previousAmountCents: before.amountCents,
      amountCents: body.kind === 'longer_schedule' ? null : outcome.amountCents,
      payments: body.kind === 'longer_schedule' ? body.payments : null,
      firstDueOn: body.kind === 'longer_schedule' ? body.firstDueOn : null,
    },
    `${assistanceDecisionWords(change, row.membershipYearLabel, before)}\n\n${body.reason}`,
  );
}

/** Declines an open request with a reason the member reads; the invoice stays as it is. */
export function declineAssistance(row: AssistanceRequestRow, actor: PersonRow, reason: string): void {
  requireOpen(row);
  decide(
    row,
    actor,
    { outcome: 'declined', reason, previousAmountCents: null, amountCents: null, payments: null, firstDueOn: null },
    reason,
  );
}
