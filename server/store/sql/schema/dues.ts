import { integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  AssistanceDecisionRow,
  AssistanceRequestRow,
  BillingRow,
  CheckoutSessionRow,
  InstalmentRow,
  PacketRow,
  PaymentPlanRow,
  ReceivedPaymentRow,
} from '../../../../mocks/db/rows/dues';
import { calendarDate, instant } from './columns';
import { memberRef, members, personRef } from './people';

/** Money is in integer cents throughout. */
export const invoices = pgTable(
  'invoices',
  {
    id: text().primaryKey(),
    memberId: memberRef(),
    /** "MIP-2026-0142": numbered per membership year. */
    number: text().notNull(),
    membershipYearLabel: text().notNull(),
    amountCents: integer().notNull(),
    issuedOn: calendarDate().notNull(),
    /** Read and written only with the invoice (at least one). */
    instalments: jsonb().$type<InstalmentRow[]>().notNull(),
    billing: jsonb().$type<BillingRow>(),
    version: integer().notNull(),
  },
  // Two invoices issued at once must not get the same number.
  (t) => [uniqueIndex('invoices_number_unique').on(t.number)],
);

export const receivedPayments = pgTable('received_payments', {
  id: text().primaryKey(),
  invoiceId: text()
    .notNull()
    .references(() => invoices.id),
  memberId: memberRef(),
  method: text().$type<ReceivedPaymentRow['method']>().notNull(),
  amountCents: integer().notNull(),
  receivedOn: calendarDate().notNull(),
  reference: text().notNull(),
  instalmentNumbers: integer().array().notNull(),
  recordedAt: instant().notNull(),
  recordedById: personRef(),
});

/** A city's chosen number of payments; no row means one. */
export const paymentPlans = pgTable('payment_plans', {
  memberId: text()
    .primaryKey()
    .references(() => members.id),
  instalments: integer().$type<PaymentPlanRow['instalments']>().notNull(),
});

/** One welcome packet per city and membership year: the key says so. */
export const packets = pgTable(
  'packets',
  {
    memberId: memberRef(),
    membershipYearLabel: text().notNull(),
    status: text().$type<PacketRow['status']>().notNull(),
    expectedBy: calendarDate().notNull(),
    sentOn: calendarDate(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.membershipYearLabel] })],
);

/** "expired" is not stored: an open checkout past `expiresAt` reads as expired. */
export const checkoutSessions = pgTable('checkout_sessions', {
  id: text().primaryKey(),
  invoiceId: text()
    .notNull()
    .references(() => invoices.id),
  memberId: memberRef(),
  /** The instalments as they were when it started (checked again on completion). */
  instalments: jsonb().$type<CheckoutSessionRow['instalments']>().notNull(),
  amountCents: integer().notNull(),
  description: text().notNull(),
  status: text().$type<CheckoutSessionRow['status']>().notNull(),
  returnUrl: text().notNull(),
  createdAt: instant().notNull(),
  expiresAt: instant().notNull(),
  completedAt: instant(),
  declineMessage: text(),
  actorId: personRef(),
  subjectId: personRef(),
});

/** Confidential: only the city's mayor and MIP's finance staff read these. */
export const assistanceRequests = pgTable('assistance_requests', {
  id: text().primaryKey(),
  memberId: memberRef(),
  membershipYearLabel: text().notNull(),
  status: text().$type<AssistanceRequestRow['status']>().notNull(),
  reason: text().notNull(),
  canPayCents: integer().notNull(),
  submittedAt: instant().notNull(),
  decidedAt: instant(),
  decisionNote: text(),
  decision: jsonb().$type<AssistanceDecisionRow>(),
  actorId: personRef(),
  subjectId: personRef(),
  version: integer().notNull(),
});
