import type { InvoiceRow } from '../db/rows/dues';

/**
 * MIP numbers its invoices per membership year, in the order it issues them: "MIP-2026-0142" is
 * the 142nd invoice of the 2026–27 year.
 */
export function invoiceNumber(startYear: number, sequence: number): string {
  return `MIP-${String(startYear)}-${String(sequence).padStart(4, '0')}`;
}

function startYearOf(invoice: InvoiceRow): number {
  return Number(invoice.membershipYearLabel.slice(0, 4));
}

/** Numbers the seed's invoices: per year, by issue date, then city, so the same day gives the same numbers. */
export function numberInvoices(invoices: readonly InvoiceRow[]): void {
  const next = new Map<number, number>();
  const inIssueOrder = [...invoices].sort(
    (a, b) =>
      startYearOf(a) - startYearOf(b) || a.issuedOn.localeCompare(b.issuedOn) || a.memberId.localeCompare(b.memberId),
  );
  for (const invoice of inIssueOrder) {
    const year = startYearOf(invoice);
    const sequence = (next.get(year) ?? 0) + 1;
    next.set(year, sequence);
    invoice.number = invoiceNumber(year, sequence);
  }
}

/** The number of a new invoice of the year: one after the year's highest. */
export function nextInvoiceNumber(invoices: readonly InvoiceRow[], startYear: number): string {
  const prefix = invoiceNumber(startYear, 0).slice(0, -4);
  const highest = invoices
    .filter((i) => i.number.startsWith(prefix))
    .reduce((max, i) => Math.max(max, Number(i.number.slice(prefix.length)) || 0), 0);
  return invoiceNumber(startYear, highest + 1);
}
