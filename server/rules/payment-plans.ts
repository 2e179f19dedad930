import { membershipYearOf } from '../../src/lib/membership-year';
import { scheduleFor, scheduleProblemWords, type PaymentCount } from '../../src/lib/payment-schedule';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { currentAssistanceRequestOf } from './assistance-requests';
import { alreadyPaid, invoiceOverdue, noInvoice, scheduleSetByMip } from './dues-refusals';
import { fiscalYearStartMonthOf } from './invoice-requests';
import { currentInvoiceOf, firstOverdueInstalment, isPaidInFull, today } from './invoices';

/**
 * Puts this year's dues on a plan of 1, 2 or 4 payments, the ones made included
 * (src/lib/payment-schedule.ts, the rule the form previews); the plan in force stays as it is.
 * Not while a payment is overdue (MIP's assistance is the way out of that), not once the year is
 * paid, and not when the payments made or the dates passed leave no room for the plan (422).
 */
export async function changePaymentPlan(tx: StoreTx, access: MemberAccess, count: PaymentCount): Promise<void> {
  const { member } = access;
  const on = today();
  const found = await currentInvoiceOf(tx, member.id, on);
  // Held while deciding, so a payment landing meanwhile can't be replaced by a schedule made before it.
  const invoice = found && (await tx.invoices.getForUpdate({ id: found.id }));
  if (!invoice) throw noInvoice(on);
  if (isPaidInFull(invoice)) throw alreadyPaid(member, on);
  const overdue = firstOverdueInstalment(invoice, on);
  if (overdue) throw invoiceOverdue(overdue);
  // A longer schedule MIP granted stands: choosing 1, 2 or 4 payments again would undo it.
  const assisted = (await currentAssistanceRequestOf(tx, member.id, on))?.decision;
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
  await tx.invoices.update(invoice);
  const plan = await tx.paymentPlans.get({ memberId: member.id });
  if (plan) await tx.paymentPlans.update({ ...plan, instalments: count });
  else await tx.paymentPlans.insert({ memberId: member.id, instalments: count });
}
