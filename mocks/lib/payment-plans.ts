import { membershipYearOf } from '../../src/lib/membership-year';
import { scheduleFor, scheduleProblemWords, type PaymentCount } from '../../src/lib/payment-schedule';
import { getDb } from '../db/db';
import type { MemberAccess } from './access';
import { currentAssistanceRequestOf } from './assistance-requests';
import { alreadyPaid, invoiceOverdue, noInvoice, scheduleSetByMip } from './dues-refusals';
import { HttpError } from './http-error';
import { fiscalYearStartMonthOf } from './invoice-requests';
import { currentInvoiceOf, firstOverdueInstalment, isPaidInFull, today } from './invoices';

/**
 * Puts this year's dues on a plan of 1, 2 or 4 payments, the ones made included
 * (src/lib/payment-schedule.ts, the rule the form previews); the plan in force stays as it is.
 * Not while a payment is overdue (MIP's assistance is the way out of that), not once the year is
 * paid, and not when the payments made or the dates passed leave no room for the plan (422).
 */
export function changePaymentPlan(access: MemberAccess, count: PaymentCount): void {
  const { member } = access;
  const on = today();
  const invoice = currentInvoiceOf(member.id, on);
  if (!invoice) throw noInvoice(on);
  if (isPaidInFull(invoice)) throw alreadyPaid(member, on);
  const overdue = firstOverdueInstalment(invoice, on);
  if (overdue) throw invoiceOverdue(overdue);
  // A longer schedule MIP granted stands: choosing 1, 2 or 4 payments again would undo it.
  const assisted = currentAssistanceRequestOf(member.id, on)?.decision;
  if (assisted?.outcome === 'longer_schedule') throw scheduleSetByMip(assisted.at);
  const schedule = scheduleFor({
    feeCents: invoice.amountCents,
    payments: invoice.instalments,
    count,
    fiscalYearStartMonth: fiscalYearStartMonthOf(member),
    year: membershipYearOf(on),
    today: on,
  });
  if (!schedule.possible) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      instalments: [scheduleProblemWords(schedule.problem, count)],
    });
  }
  invoice.instalments = schedule.payments;
  const db = getDb();
  const plan = db.paymentPlans.find((p) => p.memberId === member.id);
  if (plan) plan.instalments = count;
  else db.paymentPlans.push({ memberId: member.id, instalments: count });
}
