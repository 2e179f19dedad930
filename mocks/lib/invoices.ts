import type { Billing, Invoice, InvoiceStatus } from '../../src/api/contracts/dues';
import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { BillingRow, InstalmentRow, InvoiceRow } from '../db/rows/dues';
import { personRef } from './people';

export function today(): string {
  return isoDateOf(clock.now());
}

export function paidCentsOf(invoice: InvoiceRow): number {
  return invoice.instalments.reduce((sum, i) => sum + (i.paidOn ? i.amountCents : 0), 0);
}

export function isPaidInFull(invoice: InvoiceRow): boolean {
  return invoice.instalments.every((i) => i.paidOn !== null);
}

export function finalDueOn(invoice: InvoiceRow): string {
  return invoice.instalments.reduce(
    (latest, i) => (i.dueOn > latest ? i.dueOn : latest),
    invoice.instalments[0]?.dueOn ?? invoice.issuedOn,
  );
}

/** The earliest unpaid instalment whose due date has passed: what makes an invoice overdue. */
export function firstOverdueInstalment(invoice: InvoiceRow, on = today()): InstalmentRow | undefined {
  return invoice.instalments.find((i) => i.paidOn === null && i.dueOn < on);
}

/** Status is computed from payments and today's date, so moving the clock moves invoices along. */
export function invoiceStatusOf(invoice: InvoiceRow, on = today()): InvoiceStatus {
  if (isPaidInFull(invoice)) return 'paid';
  return firstOverdueInstalment(invoice, on) ? 'overdue' : 'open';
}

export function invoiceView(invoice: InvoiceRow, on = today()): Invoice {
  const paid = isPaidInFull(invoice);
  return {
    id: invoice.id,
    memberId: invoice.memberId,
    number: invoice.number,
    membershipYearLabel: invoice.membershipYearLabel,
    amountCents: invoice.amountCents,
    paidCents: paidCentsOf(invoice),
    status: invoiceStatusOf(invoice, on),
    issuedOn: invoice.issuedOn,
    dueOn: finalDueOn(invoice),
    paidOn: paid
      ? (invoice.instalments
          .map((i) => i.paidOn ?? '')
          .sort()
          .at(-1) ?? null)
      : null,
    instalments: invoice.instalments.map((i) => ({
      number: i.number,
      dueOn: i.dueOn,
      amountCents: i.amountCents,
      status: i.paidOn ? 'paid' : i.dueOn < on ? 'overdue' : 'due',
      paidOn: i.paidOn,
    })),
    billing: invoice.billing ? billingView(invoice.billing) : null,
  };
}

function billingView({ actorId, subjectId, ...billing }: BillingRow): Billing {
  return { ...billing, attribution: { actor: personRef(actorId), subject: personRef(subjectId) } };
}

/** The member's invoices, newest membership year first. */
export function invoicesOf(memberId: string): InvoiceRow[] {
  return getDb()
    .invoices.filter((i) => i.memberId === memberId)
    .sort((a, b) => b.membershipYearLabel.localeCompare(a.membershipYearLabel));
}

export function currentInvoiceOf(memberId: string, on = today()): InvoiceRow | undefined {
  const label = membershipYearOf(on).label;
  return invoicesOf(memberId).find((i) => i.membershipYearLabel === label);
}
