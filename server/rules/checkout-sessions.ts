import type { CheckoutSession, CheckoutSessionBody } from '../../src/api/contracts/dues';
import { clock } from '../../mocks/clock';
import { addMinutes } from '../../mocks/db/dates';
import type { CheckoutSessionRow, InstalmentRow, InvoiceRow } from '../../mocks/db/rows/dues';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { requireAppReturnUrl } from '../../mocks/lib/return-url';
import type { StoreTx } from '../store/store';
import { requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import type { ActiveSession } from './sessions';

/** A hosted checkout stays open this long, like a card processor's. */
export const CHECKOUT_MINUTES = 30;

export type CheckoutStatus = CheckoutSession['status'];

/** 96 random bits: anyone holding the id can pay or decline it on the mock checkout page. */
function randomCheckoutId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `cs-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** "payment 2 of 2", "payments 2–4 of 4", or nothing for a single payment. */
function paymentWords(chosen: readonly InstalmentRow[], of: number): string {
  if (of === 1) return '';
  const numbers = chosen.map((i) => i.number);
  const first = numbers[0] ?? 1;
  const last = numbers.at(-1) ?? first;
  if (numbers.length === 1) return `, payment ${String(first)} of ${String(of)}`;
  const contiguous = last - first + 1 === numbers.length;
  const list = contiguous
    ? `${String(first)}–${String(last)}`
    : `${numbers.slice(0, -1).join(', ')} and ${String(last)}`;
  return `, payments ${list} of ${String(of)}`;
}

/** An open checkout past its time reads as expired; paid and declined ones stay as they ended. */
export function checkoutStatusOf(row: CheckoutSessionRow, now = clock.now()): CheckoutStatus {
  return row.status === 'open' && Date.parse(row.expiresAt) <= now.getTime() ? 'expired' : row.status;
}

/** `url` is the mock checkout page on the origin the request came to (the app's, or the listener's). */
export function checkoutView(row: CheckoutSessionRow, requestUrl: string): CheckoutSession {
  return {
    id: row.id,
    invoiceId: row.invoiceId,
    memberId: row.memberId,
    amountCents: row.amountCents,
    description: row.description,
    status: checkoutStatusOf(row),
    url: new URL(`/mock-checkout/${encodeURIComponent(row.id)}`, requestUrl).href,
    expiresAt: row.expiresAt,
    completedAt: row.completedAt,
    declineMessage: row.declineMessage,
  };
}

/** Starts a checkout for the next unpaid instalment or all of them; 409 when nothing is owed. */
export async function startCheckout(
  tx: StoreTx,
  access: MemberAccess,
  invoice: InvoiceRow,
  body: CheckoutSessionBody,
  request: Request,
): Promise<CheckoutSessionRow> {
  const returnUrl = requireAppReturnUrl(body.returnUrl, request);
  const unpaid = invoice.instalments
    .filter((i) => i.paidOn === null)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.number - b.number);
  if (unpaid.length === 0) {
    throw new HttpError(409, 'nothing_owed', `Invoice ${invoice.number} is paid in full: there is nothing to pay.`);
  }
  const chosen = body.pay === 'next_instalment' ? unpaid.slice(0, 1) : unpaid;
  const now = clock.now().toISOString();
  const row: CheckoutSessionRow = {
    id: randomCheckoutId(),
    invoiceId: invoice.id,
    memberId: invoice.memberId,
    instalments: chosen.map(({ number, dueOn, amountCents }) => ({ number, dueOn, amountCents })),
    amountCents: chosen.reduce((sum, i) => sum + i.amountCents, 0),
    description: `${access.member.city} membership dues ${invoice.membershipYearLabel}${paymentWords(chosen, invoice.instalments.length)}`,
    status: 'open',
    returnUrl: returnUrl.href,
    createdAt: now,
    expiresAt: addMinutes(now, CHECKOUT_MINUTES),
    completedAt: null,
    declineMessage: null,
    actorId: access.actor.id,
    subjectId: access.subject.id,
  };
  await tx.checkoutSessions.insert(row);
  return row;
}

export async function findCheckout(tx: StoreTx, id: string | undefined): Promise<CheckoutSessionRow | undefined> {
  return id === undefined ? undefined : tx.checkoutSessions.get({ id });
}

/** A checkout and the caller's access to its city; another city's checkout answers 404. */
export async function checkoutFor(
  tx: StoreTx,
  session: ActiveSession,
  id: string | undefined,
  options: AccessOptions,
): Promise<{ row: CheckoutSessionRow; access: MemberAccess }> {
  const row = await findCheckout(tx, id);
  if (!row) throw notFound('That checkout');
  try {
    return { row, access: await requireMemberAccess(tx, session, row.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That checkout');
    throw error;
  }
}

/** Where the checkout sends the person back: the app's page with `?checkout={id}`. */
export function redirectOf(row: CheckoutSessionRow): string {
  const url = new URL(row.returnUrl);
  url.searchParams.set('checkout', row.id);
  return url.href;
}
