import { addDays } from '../../mocks/db/dates';
import type { InvoiceRow, PacketRow } from '../../mocks/db/rows/dues';
import { PACKET_DAYS } from '../../mocks/db/seed/dues';
import type { StoreTx } from '../store/store';
import { isPaidInFull } from './invoices';

/** Marks the given unpaid instalments paid on `on`, on the row given. */
export function payInstalments(invoice: InvoiceRow, numbers: readonly number[], on: string): void {
  for (const instalment of invoice.instalments) {
    if (numbers.includes(instalment.number) && instalment.paidOn === null) instalment.paidOn = on;
  }
}

/** The year's membership packet MIP starts preparing when the invoice is paid in full on `on`. */
export function preparingPacketOf(invoice: InvoiceRow, on: string): PacketRow {
  return {
    memberId: invoice.memberId,
    membershipYearLabel: invoice.membershipYearLabel,
    status: 'preparing',
    expectedBy: addDays(on, PACKET_DAYS),
    sentOn: null,
  };
}

/**
 * Records a payment of the given instalments on `on` on the invoice's copy (the caller writes it,
 * holding it with getForUpdate). When it pays the invoice in full, MIP starts preparing the year's
 * membership packet ("expected within 2–3 weeks"), once whatever else asks.
 */
export async function recordPayment(
  tx: StoreTx,
  invoice: InvoiceRow,
  numbers: readonly number[],
  on: string,
): Promise<void> {
  payInstalments(invoice, numbers, on);
  if (isPaidInFull(invoice)) await tx.packets.insertIfAbsent(preparingPacketOf(invoice, on));
}
