import { clock } from '../../mocks/clock';
import type { CheckoutSessionRow, InvoiceRow } from '../../mocks/db/rows/dues';
import { paymentWords } from '../../mocks/lib/access-log-words';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { appendDelegateAction } from './access-log';
import { checkoutStatusOf } from './checkout-sessions';
import { recordPayment } from './invoice-payments';
import { today } from './invoices';

export type CheckoutOutcome = 'paid' | 'declined';

export const DECLINED_BY_BANK = 'Your card was declined by your bank. No money was taken.';
export const ALREADY_PAID = 'This payment was already made; your card was not charged.';
export const SCHEDULE_CHANGED =
  'The payment schedule changed after this checkout started, so your card was not charged. Start the payment again.';

async function decline(tx: StoreTx, row: CheckoutSessionRow, message: string, at: string): Promise<CheckoutSessionRow> {
  const declined = { ...row, status: 'declined' as const, declineMessage: message, completedAt: at };
  await tx.checkoutSessions.update(declined);
  return declined;
}

/**
 * Why the instalments this checkout was for can't be paid now, if they can't: paid meanwhile by
 * another checkout or by invoice (never take the money twice), or replaced by a new plan.
 */
function reasonNotToCharge(row: CheckoutSessionRow, invoice: InvoiceRow | undefined): string | null {
  if (!invoice) return SCHEDULE_CHANGED;
  const now = row.instalments.map((p) => ({ p, i: invoice.instalments.find((i) => i.number === p.number) }));
  if (now.some(({ i }) => i?.paidOn)) return ALREADY_PAID;
  const unchanged = now.every(({ p, i }) => i && i.dueOn === p.dueOn && i.amountCents === p.amountCents);
  return unchanged ? null : SCHEDULE_CHANGED;
}

/**
 * The card processor's side: the person paid or the bank declined. The checkout and then its
 * invoice are held (getForUpdate) while everything is re-checked and applied, so two checkouts for
 * the same instalment, or one completed twice, pay it once. Completing a finished checkout answers
 * how it ended; an expired one can't be completed.
 */
export async function completeCheckout(tx: StoreTx, id: string, outcome: CheckoutOutcome): Promise<CheckoutSessionRow> {
  const row = await tx.checkoutSessions.getForUpdate({ id });
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
  if (outcome === 'declined') return decline(tx, row, DECLINED_BY_BANK, at);
  const invoice = await tx.invoices.getForUpdate({ id: row.invoiceId });
  const reason = reasonNotToCharge(row, invoice);
  if (reason) return decline(tx, row, reason, at);
  if (invoice) {
    await recordPayment(
      tx,
      invoice,
      row.instalments.map((i) => i.number),
      today(),
    );
    await tx.invoices.update(invoice);
    // A delegate started it (actor ≠ subject): the payment goes into the mayor's access history.
    if (row.actorId !== row.subjectId) {
      await appendDelegateAction(tx, row.memberId, row.actorId, paymentWords(row, invoice));
    }
  }
  const paid = { ...row, status: 'paid' as const, completedAt: at };
  await tx.checkoutSessions.update(paid);
  return paid;
}
