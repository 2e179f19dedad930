/**
 * Rows about dues: invoices with their instalments, payment plans, membership packets, card
 * checkouts and financial-assistance requests. Plain JSON only (see db/schema.ts).
 */

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
  /** Set once the city asked to pay by invoice (purchase order, check, transfer). */
  billing: BillingRow | null;
  /** Moves on with every change MIP's finance staff make (If-Match). */
  version: number;
}

/** A payment MIP's finance staff recorded: a check or a bank transfer received. */
export interface ReceivedPaymentRow {
  id: string;
  invoiceId: string;
  memberId: string;
  method: 'check' | 'transfer';
  amountCents: number;
  receivedOn: string;
  reference: string;
  instalmentNumbers: number[];
  recordedAt: string;
  recordedById: string;
}

/** Who receives the invoice, and who asked for it for whom ("Jordan Lee for Mayor Ana Ortiz"). */
export interface BillingRow {
  contactName: string;
  contactEmail: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  purchaseOrderNumber: string;
  requestedAt: string;
  /** When MIP issued the invoice the city asked for (null while the request waits). */
  issuedAt: string | null;
  actorId: string;
  subjectId: string;
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
  /** When MIP posted it, once staff marked it sent (seeded packets may be sent without a date). */
  sentOn: string | null;
}

/**
 * A hosted card checkout for one or more instalments of an invoice. "expired" is not stored: an
 * open checkout past `expiresAt` reads as expired.
 */
export interface CheckoutSessionRow {
  id: string;
  invoiceId: string;
  memberId: string;
  /** The instalments it pays, as they were when it started (checked again when it completes). */
  instalments: { number: number; dueOn: string; amountCents: number }[];
  amountCents: number;
  description: string;
  status: 'open' | 'paid' | 'declined';
  returnUrl: string;
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
  declineMessage: string | null;
  actorId: string;
  subjectId: string;
}

/** A confidential request for help with a membership year's dues. */
export interface AssistanceRequestRow {
  id: string;
  memberId: string;
  membershipYearLabel: string;
  status: 'submitted' | 'under_review' | 'approved' | 'declined';
  reason: string;
  canPayCents: number;
  submittedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  /** What MIP's finance staff decided, with the figures it set (issue 17); null until decided. */
  decision: AssistanceDecisionRow | null;
  actorId: string;
  subjectId: string;
  /** Moves on with every staff change (If-Match). */
  version: number;
}

/** MIP's decision on a request for help with dues, and what it did to the invoice. */
export interface AssistanceDecisionRow {
  outcome: 'reduced' | 'waiver' | 'longer_schedule' | 'declined';
  at: string;
  byId: string;
  reason: string;
  previousAmountCents: number | null;
  amountCents: number | null;
  payments: number | null;
  firstDueOn: string | null;
}
