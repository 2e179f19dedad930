import type { InvoiceRequestBody } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { scheduleFor } from '../../src/lib/payment-schedule';
import { clock } from '../clock';
import { addDays } from '../db/dates';
import { getDb } from '../db/db';
import type { InvoiceRow } from '../db/rows/dues';
import type { MemberRow } from '../db/rows/people';
import { invoiceRow } from '../db/seed/dues';
import { nextInvoiceNumber } from './invoice-numbers';
import type { MemberAccess } from './access';
import { alreadyPaid, applicationPending } from './dues-refusals';
import { paymentCountOf } from './dues-view';
import { currentInvoiceOf, isPaidInFull, today } from './invoices';

/** A new invoice is payable 30 days after it is issued at the earliest. */
const PAYABLE_AFTER_DAYS = 30;

export function fiscalYearStartMonthOf(member: MemberRow): number {
  return Number(member.fiscalYearStart.slice(0, 2));
}

/**
 * This year's invoice for a city that has none yet (a lapsed or renewing city): the fee of its
 * tier, in one payment due in 30 days, or on its plan's fiscal dates when the first of them is 30
 * days off or more (a plan of several payments never starts with one due sooner).
 */
export function createYearInvoice(member: MemberRow, on: string): InvoiceRow {
  const year = membershipYearOf(on);
  const feeCents = duesTierFor(member.population).feeCents;
  const count = paymentCountOf(member.id);
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
  const invoice = {
    ...invoiceRow(member, startYear, instalments),
    number: nextInvoiceNumber(getDb().invoices, startYear),
    issuedOn: on,
  };
  getDb().invoices.push(invoice);
  return invoice;
}

/**
 * Puts the billing contact and purchase order on this year's invoice (creating it if needed). A
 * second request replaces the billing details: it is how a city corrects them.
 */
export function requestInvoice(access: MemberAccess, body: InvoiceRequestBody): InvoiceRow {
  const { member } = access;
  if (member.kind === 'prospective') throw applicationPending(member);
  const on = today();
  const current = currentInvoiceOf(member.id, on);
  if (current && isPaidInFull(current)) throw alreadyPaid(member, on);
  const invoice = current ?? createYearInvoice(member, on);
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
  return invoice;
}
