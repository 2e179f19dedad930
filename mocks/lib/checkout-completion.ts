import { clock } from '../clock';
import { getDb } from '../db/db';
import type { CheckoutSessionRow } from '../db/rows/dues';
import { appendDelegateAction } from './access-log';
import { paymentWords } from './access-log-words';
import { checkoutStatusOf, findCheckout } from './checkout-sessions';
import { HttpError, notFound } from './http-error';
import { recordPayment } from './invoice-payments';
import { today } from './invoices';

export type CheckoutOutcome = 'paid' | 'declined';

export const DECLINED_BY_BANK = 'Your card was declined by your bank. No money was taken.';
export const ALREADY_PAID = 'This payment was already made; your card was not charged.';
export const SCHEDULE_CHANGED =
  'The payment schedule changed after this checkout started, so your card was not charged. Start the payment again.';

function decline(row: CheckoutSessionRow, message: string, at: string): void {
  row.status = 'declined';
  row.declineMessage = message;
  row.completedAt = at;
}

/**
 * Why the instalments this checkout was for can't be paid now, if they can't: paid meanwhile by
 * another checkout or by invoice (never take the money twice), or replaced by a new plan.
 */
function reasonNotToCharge(row: CheckoutSessionRow): string | null {
  const invoice = getDb().invoices.find((i) => i.id === row.invoiceId);
  if (!invoice) return SCHEDULE_CHANGED;
  const now = row.instalments.map((p) => ({ p, i: invoice.instalments.find((i) => i.number === p.number) }));
  if (now.some(({ i }) => i?.paidOn)) return ALREADY_PAID;
  const unchanged = now.every(({ p, i }) => i && i.dueOn === p.dueOn && i.amountCents === p.amountCents);
  return unchanged ? null : SCHEDULE_CHANGED;
}

/**
 * The card processor's side: the person paid or the bank declined. Everything is re-checked and
 * applied in one synchronous step, so two checkouts for the same instalment completed at once pay
 * it once. Completing a finished checkout answers how it ended; an expired one can't be completed.
 */
export function completeCheckout(id: string, outcome: CheckoutOutcome): CheckoutSessionRow {
  const row = findCheckout(id);
  if (!row) throw notFound('That checkout');
  if (row.status !== 'open') return row;
  if (checkoutStatusOf(row) === 'expired') {
    throw new HttpError(
      409,
      'checkout_expired',
      'This checkout expired after 30 minutes and nothing was charged. Go back to the Member Hub to start again.',
    );
  }
  const at = clock.now().toISOString();
  if (outcome === 'declined') {
    decline(row, DECLINED_BY_BANK, at);
    return row;
  }
  const reason = reasonNotToCharge(row);
  if (reason) {
    decline(row, reason, at);
    return row;
  }
  const invoice = getDb().invoices.find((i) => i.id === row.invoiceId);
  if (invoice) {
    recordPayment(
      invoice,
      row.instalments.map((i) => i.number),
      today(),
    );
    // A delegate started it (actor ≠ subject): the payment goes into the mayor's access history.
    if (row.actorId !== row.subjectId) appendDelegateAction(row.memberId, row.actorId, paymentWords(row, invoice));
  }
  row.status = 'paid';
  row.completedAt = at;
  return row;
}
