import type { MembershipYear } from '../../src/lib/membership-year';
import { invoiceNumber, nextInvoiceNumber } from '../../mocks/lib/invoice-numbers';
import type { StoreTx } from '../store/store';

/**
 * The number of the year's next invoice, one after its highest. The year's benefit-rule row guards
 * the year's sequence: holding it, no other transaction numbers an invoice of that year until this
 * one ends, so numbers stay gapless (the unique index still refuses a duplicate if a year has no row).
 */
export async function nextInvoiceNumberOf(tx: StoreTx, year: MembershipYear): Promise<string> {
  await tx.benefitRules.getForUpdate({ membershipYearLabel: year.label });
  const startYear = Number(year.startsOn.slice(0, 4));
  const prefix = invoiceNumber(startYear, 0).slice(0, -4);
  const ofYear = (await tx.invoices.find({ membershipYearLabel: year.label })).filter((i) =>
    i.number.startsWith(prefix),
  );
  return nextInvoiceNumber(ofYear, startYear);
}
