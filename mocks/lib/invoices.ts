import type { Billing, Invoice } from '../../src/api/contracts/dues';
import { membershipYearOf } from '../../src/lib/membership-year';
import { getDb } from '../db/db';
import type { BillingRow, InvoiceRow } from '../db/rows/dues';
import { invoiceViewOf, today } from '../../server/rules/invoices';
import { personRef } from './people';

/**
 * The memory-only forms of server/rules/invoices.ts for the routes not yet moved onto the store
 * (issue 18); the pure rules are that module's.
 */
export {
  finalDueOn,
  firstOverdueInstalment,
  invoiceStatusOf,
  isPaidInFull,
  paidCentsOf,
  today,
} from '../../server/rules/invoices';

export function invoiceView(invoice: InvoiceRow, on = today()): Invoice {
  return invoiceViewOf(invoice, invoice.billing ? billingView(invoice.billing) : null, on);
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
