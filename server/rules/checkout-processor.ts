import { notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { completeCheckout, type CheckoutOutcome } from './checkout-completion';
import { checkoutStatusOf, findCheckout, redirectOf, type CheckoutStatus } from './checkout-sessions';
import { findMember } from './people';

/**
 * The card processor's side of a checkout, as the mock checkout pages use it (the in-app page
 * through /__mock/checkout-sessions, the HTTP listener's own page directly). Like a processor's
 * hosted page, it needs no session of the app's: holding the checkout's id is enough.
 */
export interface CheckoutPageData {
  id: string;
  amountCents: number;
  description: string;
  city: string;
  status: CheckoutStatus;
  returnUrl: string;
}

export async function checkoutPageData(tx: StoreTx, id: string): Promise<CheckoutPageData> {
  const row = await findCheckout(tx, id);
  if (!row) throw notFound('That checkout');
  return {
    id: row.id,
    amountCents: row.amountCents,
    description: row.description,
    city: (await findMember(tx, row.memberId))?.city ?? '',
    status: checkoutStatusOf(row),
    returnUrl: row.returnUrl,
  };
}

/** Completes a checkout and says where the person goes next: the app's page with ?checkout={id}. */
export async function finishCheckout(
  tx: StoreTx,
  id: string,
  outcome: CheckoutOutcome,
): Promise<{ status: CheckoutStatus; redirectTo: string }> {
  const row = await completeCheckout(tx, id, outcome);
  return { status: checkoutStatusOf(row), redirectTo: redirectOf(row) };
}
