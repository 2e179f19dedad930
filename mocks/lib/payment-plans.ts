import { membershipYearOf } from '../../src/lib/membership-year';
import { scheduleFor, type PaymentCount } from '../../src/lib/payment-schedule';
import { getDb } from '../db/db';
import type { MemberAccess } from './access';
import { alreadyPaid, invoiceOverdue, noInvoice } from './dues-refusals';
import { fiscalYearStartMonthOf } from './invoice-requests';
import { currentInvoiceOf, firstOverdueInstalment, isPaidInFull, today } from './invoices';

/**
 * Splits what is left of this year's dues into 1, 2 or 4 payments at the ends of the city's fiscal
 * periods (src/lib/payment-schedule.ts); payments made stay as they were. Not while a payment is
 * overdue (MIP's assistance is the way out of that), and not once the year is paid.
 */
export function changePaymentPlan(access: MemberAccess, count: PaymentCount): void {
  const { member } = access;
  const on = today();
  const invoice = currentInvoiceOf(member.id, on);
  if (!invoice) throw noInvoice(on);
  if (isPaidInFull(invoice)) throw alreadyPaid(member, on);
  const overdue = firstOverdueInstalment(invoice, on);
  if (overdue) throw invoiceOverdue(overdue);
  invoice.instalments = scheduleFor({
    feeCents: invoice.amountCents,
    paid: invoice.instalments.flatMap(({ dueOn, amountCents, paidOn }) =>
      paidOn ? [{ dueOn, amountCents, paidOn }] : [],
    ),
    count,
    fiscalYearStartMonth: fiscalYearStartMonthOf(member),
    year: membershipYearOf(on),
    today: on,
  });
  const db = getDb();
  const plan = db.paymentPlans.find((p) => p.memberId === member.id);
  if (plan) plan.instalments = count;
  else db.paymentPlans.push({ memberId: member.id, instalments: count });
}
