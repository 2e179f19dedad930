/** Rows about dues: invoices with their instalments, payment plans and membership packets. Plain JSON only (see db/schema.ts). */

export interface InstalmentRow {
  number: number;
  dueOn: string;
  amountCents: number;
  paidOn: string | null;
}

export interface InvoiceRow {
  id: string;
  memberId: string;
  number: string;
  membershipYearLabel: string;
  amountCents: number;
  issuedOn: string;
  /** Always at least one instalment; a single payment is one instalment of the full amount. */
  instalments: InstalmentRow[];
}

export interface PaymentPlanRow {
  memberId: string;
  instalments: 1 | 2 | 4;
}

export interface PacketRow {
  memberId: string;
  membershipYearLabel: string;
  status: 'preparing' | 'sent';
  expectedBy: string;
}
