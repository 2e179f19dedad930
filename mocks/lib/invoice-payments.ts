import { getDb } from '../db/db';
import { addDays } from '../db/dates';
import type { InvoiceRow } from '../db/rows/dues';
import { PACKET_DAYS } from '../db/seed/dues';
import { isPaidInFull } from './invoices';

/**
 * Records a payment of the given instalments on `on`. When it pays the invoice in full, MIP starts
 * preparing the year's membership packet ("expected within 2–3 weeks").
 */
export function recordPayment(invoice: InvoiceRow, numbers: readonly number[], on: string): void {
  for (const instalment of invoice.instalments) {
    if (numbers.includes(instalment.number) && instalment.paidOn === null) instalment.paidOn = on;
  }
  if (!isPaidInFull(invoice)) return;
  const db = getDb();
  const label = invoice.membershipYearLabel;
  if (db.packets.some((p) => p.memberId === invoice.memberId && p.membershipYearLabel === label)) return;
  db.packets.push({
    memberId: invoice.memberId,
    membershipYearLabel: label,
    status: 'preparing',
    expectedBy: addDays(on, PACKET_DAYS),
    sentOn: null,
  });
}
