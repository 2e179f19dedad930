import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { cents, id, isoDate } from './common';

export const duesTierSchema = z
  .object({
    minPopulation: z.int().check(z.nonnegative()),
    /** Inclusive upper bound; null for the top tier. */
    maxPopulation: z.nullable(z.int().check(z.nonnegative())),
    feeCents: cents,
  })
  .register(z.globalRegistry, { id: 'DuesTier' });
export type DuesTier = z.infer<typeof duesTierSchema>;

export const invoiceStatusSchema = z.enum(['open', 'paid', 'overdue']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const instalmentSchema = z
  .object({
    number: z.int().check(z.positive()),
    dueOn: isoDate,
    amountCents: cents,
    status: z.enum(['due', 'paid', 'overdue']),
  })
  .register(z.globalRegistry, { id: 'Instalment' });
export type Instalment = z.infer<typeof instalmentSchema>;

export const invoiceSchema = z
  .object({
    id,
    memberId: id,
    number: z.string(),
    membershipYearLabel: z.string(),
    amountCents: cents,
    paidCents: cents,
    status: invoiceStatusSchema,
    issuedOn: isoDate,
    dueOn: isoDate,
    paidOn: z.nullable(isoDate),
    instalments: z.array(instalmentSchema),
  })
  .register(z.globalRegistry, { id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;

export const duesSchema = z
  .object({
    memberId: id,
    population: z.int().check(z.nonnegative()),
    tier: duesTierSchema,
    currentInvoice: z.nullable(invoiceSchema),
    invoices: z.array(invoiceSchema),
    paymentPlan: z.object({
      instalments: z.union([z.literal(1), z.literal(2), z.literal(4)]),
      fiscalYearStartsOn: isoDate,
    }),
    packet: z.object({ status: z.enum(['not_due', 'preparing', 'sent']), expectedBy: z.nullable(isoDate) }),
  })
  .register(z.globalRegistry, { id: 'Dues' });
export type Dues = z.infer<typeof duesSchema>;

export const duesQuoteSchema = z
  .object({ population: z.int().check(z.nonnegative()), tier: duesTierSchema, feeCents: cents })
  .register(z.globalRegistry, { id: 'DuesQuote' });

export const duesEndpoints = {
  getDues: defineEndpoint({
    operationId: 'getDues',
    method: 'GET',
    path: '/members/{memberId}/dues',
    summary: "The city's tier, invoices, payment plan and membership packet (delegates need the dues scope).",
    tag: 'dues',
    auth: 'session',
    response: duesSchema,
  }),
  listDuesTiers: defineEndpoint({
    operationId: 'listDuesTiers',
    method: 'GET',
    path: '/dues-tiers',
    summary: 'The annual dues by city population (lower bound inclusive).',
    tag: 'public',
    auth: 'public',
    response: z.object({ items: z.array(duesTierSchema) }).register(z.globalRegistry, { id: 'DuesTierList' }),
  }),
  quoteDues: defineEndpoint({
    operationId: 'quoteDues',
    method: 'GET',
    path: '/dues-tiers/quote',
    summary: 'The annual fee for a city of the given population.',
    tag: 'public',
    auth: 'public',
    query: z.object({ population: z.pipe(z.coerce.number(), z.int().check(z.minimum(0), z.maximum(100_000_000))) }),
    response: duesQuoteSchema,
  }),
};
