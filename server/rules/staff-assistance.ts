import type { AssistanceApproveBody, StaffAssistanceRequest } from '../../src/api/contracts/staff-assistance';
import {
  assistanceDecisionWords,
  assistanceProblemWords,
  assistedSchedule,
  type AssistanceChange,
} from '../../src/lib/assistance-schedule';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatInstantDate } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { AssistanceDecisionRow, AssistanceRequestRow, InvoiceRow } from '../../mocks/db/rows/dues';
import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { outboxWords } from '../../mocks/lib/outbox-words';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { alreadyPaid, noInvoice } from './dues-refusals';
import { fiscalYearStartOf, paymentCountOf } from './dues-view';
import { recordPayment } from './invoice-payments';
import { invoiceView, isPaidInFull, paidCentsOf, today } from './invoices';
import { notifyRequestUpdate } from './outbox';
import { findMember, personRef } from './people';
import type { ActiveSession } from './sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';
import { populationOn } from './population';

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

/**
 * A request for MIP's finance staff: anyone else is refused before the id is even looked up. A
 * decision reads it `forUpdate`, held until the transaction ends, so it is decided once.
 */
export async function staffAssistanceRequestFor(
  tx: StoreTx,
  session: ActiveSession,
  assistanceRequestId: string | undefined,
  forUpdate = false,
): Promise<AssistanceRequestRow> {
  requireStaffArea(session, 'finance');
  const key = { id: assistanceRequestId ?? '' };
  const row =
    assistanceRequestId === undefined
      ? undefined
      : await (forUpdate ? tx.assistanceRequests.getForUpdate(key) : tx.assistanceRequests.get(key));
  if (!row) throw notFound('That request for financial assistance');
  return row;
}

/** The invoice of the membership year the request is about. */
async function invoiceOfRequest(tx: StoreTx, row: AssistanceRequestRow): Promise<InvoiceRow | undefined> {
  const [invoice] = await tx.invoices.find({ memberId: row.memberId, membershipYearLabel: row.membershipYearLabel });
  return invoice;
}

/** The request as MIP's finance staff decide it: the city, its money, the request and MIP's record. */
export async function staffAssistanceRequestView(
  tx: StoreTx,
  row: AssistanceRequestRow,
): Promise<StaffAssistanceRequest> {
  const member = await findMember(tx, row.memberId);
  const on = today();
  const invoice = await invoiceOfRequest(tx, row);
  const population = member ? populationOn(member, on).population : 0;
  const decision = row.decision;
  return {
    id: row.id,
    memberId: row.memberId,
    city: member?.city ?? row.memberId,
    state: member?.state ?? '',
    population,
    tier: duesTierFor(population),
    membershipYearLabel: row.membershipYearLabel,
    invoice: invoice ? await invoiceView(tx, invoice, on) : null,
    paymentPlan: {
      instalments: await paymentCountOf(tx, row.memberId),
      fiscalYearStartsOn: fiscalYearStartOf({ fiscalYearStart: member?.fiscalYearStart ?? '07-01' }, on),
    },
    status: row.status,
    reason: row.reason,
    canPayCents: row.canPayCents,
    submittedAt: row.submittedAt,
    attribution: { actor: await personRef(tx, row.actorId), subject: await personRef(tx, row.subjectId) },
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    decision: decision && {
      outcome: decision.outcome,
      at: decision.at,
      by: await personRef(tx, decision.byId),
      reason: decision.reason,
      previousAmountCents: decision.previousAmountCents,
      amountCents: decision.amountCents,
      payments: decision.payments,
      firstDueOn: decision.firstDueOn,
    },
    actions: await staffActionsOf(tx, 'assistance_request', row.id),
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

/** Records the decision on the request's copy, writes it, and tells the city. */
async function decide(
  tx: StoreTx,
  row: AssistanceRequestRow,
  actor: PersonRow,
  decision: Omit<AssistanceDecisionRow, 'at' | 'byId'>,
  note: string,
): Promise<void> {
  const at = clock.now().toISOString();
  row.status = decision.outcome === 'declined' ? 'declined' : 'approved';
  row.decidedAt = at;
  row.decisionNote = note;
  row.decision = { ...decision, at, byId: actor.id };
  await recordStaffAction(tx, 'assistance_request', row, actor, at, OUTCOME_WORDS[decision.outcome], decision.reason);
  await tx.assistanceRequests.update(row);
  const words =
    decision.outcome === 'declined'
      ? outboxWords.assistanceDeclined(row.memberId, row.membershipYearLabel, decision.reason)
      : outboxWords.assistanceApproved(row.memberId, row.membershipYearLabel, note);
  await notifyRequestUpdate(tx, {
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'assistance_request',
    recordId: row.id,
  });
}

/**
 * Approves an open request (held for update): the year's invoice, held too, takes the reduced amount,
 * the waiver or the longer schedule (payments made stay); a year paid in full meanwhile gives nothing
 * to approve (409).
 */
export async function approveAssistance(
  tx: StoreTx,
  row: AssistanceRequestRow,
  actor: PersonRow,
  body: AssistanceApproveBody,
): Promise<void> {
  requireOpen(row);
  const on = today();
  const found = await invoiceOfRequest(tx, row);
  const invoice = found && (await tx.invoices.getForUpdate({ id: found.id }));
  const member = await findMember(tx, row.memberId);
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
  await recordPayment(tx, invoice, [], on);
  await tx.invoices.update(invoice);
  await decide(
    tx,
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

/** Declines an open request (held for update) with a reason the member reads; the invoice stays as it is. */
export async function declineAssistance(
  tx: StoreTx,
  row: AssistanceRequestRow,
  actor: PersonRow,
  reason: string,
): Promise<void> {
  requireOpen(row);
  await decide(
    tx,
    row,
    actor,
    { outcome: 'declined', reason, previousAmountCents: null, amountCents: null, payments: null, firstDueOn: null },
    reason,
  );
}
