import type { InvoiceRequestBody } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { scheduleFor } from '../../src/lib/payment-schedule';
import { clock } from '../../mocks/clock';
import { addDays } from '../../mocks/db/dates';
import type { InvoiceRow } from '../../mocks/db/rows/dues';
import type { MemberRow } from '../../mocks/db/rows/people';
import { invoiceRow } from '../../mocks/db/seed/dues';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { alreadyPaid, applicationPending } from './dues-refusals';
import { paymentCountOf } from './dues-view';
import { nextInvoiceNumberOf } from './invoice-numbers';
import { currentInvoiceOf, isPaidInFull, today } from './invoices';
import { populationOn } from './population';

/** A new invoice is payable 30 days after it is issued at the earliest. */
const PAYABLE_AFTER_DAYS = 30;

export function fiscalYearStartMonthOf(member: MemberRow): number {
  return Number(member.fiscalYearStart.slice(0, 2));
}

/**
 * This year's invoice for a city that has none yet (a lapsed or renewing city), numbered `number`:
 * the fee of its tier, in one payment due in 30 days, or on its plan of `count` payments when the
 * first of them is 30 days off or more (a plan of several payments never starts with one due sooner).
 */
export function yearInvoiceOf(member: MemberRow, on: string, count: 1 | 2 | 4, number: string): InvoiceRow {
  const year = membershipYearOf(on);
  const feeCents = duesTierFor(populationOn(member, on).population).feeCents;
  const firstDue = addDays(on, PAYABLE_AFTER_DAYS);
  const plan =
    count === 1
      ? null
      : scheduleFor({
          feeCents,
          payments: [],
          count,
          fiscalYearStartMonth: fiscalYearStartMonthOf(member),
          year,
          today: firstDue,
        });
  const instalments = plan?.possible
    ? plan.payments
    : [{ number: 1, dueOn: firstDue, amountCents: feeCents, paidOn: null }];
  const startYear = Number(year.startsOn.slice(0, 4));
  // The fee of the year's population (a change MIP recorded may apply), not the figure on file.
  return { ...invoiceRow(member, startYear, instalments), amountCents: feeCents, number, issuedOn: on };
}

/**
 * Makes and stores this year's invoice for a city that has none yet. The caller holds the city's
 * row (getForUpdate) while it checks there is none, so a city never gets two for one year.
 */
export async function createYearInvoice(tx: StoreTx, member: MemberRow, on: string): Promise<InvoiceRow> {
  const number = await nextInvoiceNumberOf(tx, membershipYearOf(on));
  const invoice = yearInvoiceOf(member, on, await paymentCountOf(tx, member.id), number);
  await tx.invoices.insert(invoice);
  return invoice;
}

/**
 * Puts the billing contact and purchase order on this year's invoice (creating it if needed). A
 * second request replaces the billing details: it is how a city corrects them.
 */
export async function requestInvoice(tx: StoreTx, access: MemberAccess, body: InvoiceRequestBody): Promise<InvoiceRow> {
  const { member } = access;
  if (member.kind === 'prospective') throw applicationPending(member);
  const on = today();
  // The city's row is held while deciding whether the year's invoice exists, so two requests make one.
  await tx.members.getForUpdate({ id: member.id });
  const found = await currentInvoiceOf(tx, member.id, on);
  const current = found && (await tx.invoices.getForUpdate({ id: found.id }));
  if (current && isPaidInFull(current)) throw alreadyPaid(member, on);
  const invoice = current ?? (await createYearInvoice(tx, member, on));
  // Field by field: the billing row holds what the form asks, never whatever else a body carries.
  invoice.billing = {
    contactName: body.contactName,
    contactEmail: body.contactEmail,
    addressLine1: body.addressLine1,
    addressLine2: body.addressLine2,
    city: body.city,
    state: body.state,
    postalCode: body.postalCode,
    purchaseOrderNumber: body.purchaseOrderNumber,
    requestedAt: clock.now().toISOString(),
    issuedAt: null,
    actorId: access.actor.id,
    subjectId: access.subject.id,
  };
  await tx.invoices.update(invoice);
  return invoice;
}
