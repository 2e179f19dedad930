import type { Billing, Invoice, InvoiceStatus } from '../../src/api/contracts/dues';
import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../../mocks/clock';
import type { BillingRow, InstalmentRow, InvoiceRow } from '../../mocks/db/rows/dues';
import type { StoreTx } from '../store/store';
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

/** The contract's invoice, given its billing as shown (people named); see invoiceView. */
export function invoiceViewOf(invoice: InvoiceRow, billing: Billing | null, on = today()): Invoice {
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
    billing,
  };
}

export async function invoiceView(tx: StoreTx, invoice: InvoiceRow, on = today()): Promise<Invoice> {
  return invoiceViewOf(invoice, invoice.billing ? await billingView(tx, invoice.billing) : null, on);
}

async function billingView(tx: StoreTx, { actorId, subjectId, ...billing }: BillingRow): Promise<Billing> {
  return { ...billing, attribution: { actor: await personRef(tx, actorId), subject: await personRef(tx, subjectId) } };
}

/** The member's invoices, newest membership year first. */
export async function invoicesOf(tx: StoreTx, memberId: string): Promise<InvoiceRow[]> {
  const rows = await tx.invoices.find({ memberId });
  return rows.sort((a, b) => b.membershipYearLabel.localeCompare(a.membershipYearLabel));
}

export async function currentInvoiceOf(tx: StoreTx, memberId: string, on = today()): Promise<InvoiceRow | undefined> {
  const label = membershipYearOf(on).label;
  return (await invoicesOf(tx, memberId)).find((i) => i.membershipYearLabel === label);
}
