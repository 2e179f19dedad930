import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { cents, id, isoDate } from './common';

export const duesTierSchema = z
  .object({
    minPopulation: z.number().int().nonnegative(),
    /** Inclusive upper bound; null for the top tier. */
    maxPopulation: z.number().int().nonnegative().nullable(),
    feeCents: cents,
  })
  .meta({ id: 'DuesTier' });
export type DuesTier = z.infer<typeof duesTierSchema>;

export const invoiceStatusSchema = z.enum(['open', 'paid', 'overdue']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const instalmentSchema = z
  .object({
    number: z.number().int().positive(),
    dueOn: isoDate,
    amountCents: cents,
    status: z.enum(['due', 'paid', 'overdue']),
  })
  .meta({ id: 'Instalment' });
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
    paidOn: isoDate.nullable(),
    instalments: z.array(instalmentSchema),
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;

export const duesSchema = z
  .object({
    memberId: id,
    population: z.number().int().nonnegative(),
    tier: duesTierSchema,
    currentInvoice: invoiceSchema.nullable(),
    invoices: z.array(invoiceSchema),
    paymentPlan: z.object({ instalments: z.union([z.literal(1), z.literal(2), z.literal(4)]), fiscalYearStartsOn: isoDate }),
    packet: z.object({ status: z.enum(['not_due', 'preparing', 'sent']), expectedBy: isoDate.nullable() }),
  })
  .meta({ id: 'Dues' });
export type Dues = z.infer<typeof duesSchema>;

export const duesQuoteSchema = z
  .object({ population: z.number().int().nonnegative(), tier: duesTierSchema, feeCents: cents })
  .meta({ id: 'DuesQuote' });

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
    response: z.object({ items: z.array(duesTierSchema) }).meta({ id: 'DuesTierList' }),
  }),
  quoteDues: defineEndpoint({
    operationId: 'quoteDues',
    method: 'GET',
    path: '/dues-tiers/quote',
    summary: "The annual fee for a city of the given population.",
    tag: 'public',
    auth: 'public',
    query: z.object({ population: z.coerce.number().int().min(0).max(100_000_000) }),
    response: duesQuoteSchema,
  }),
};
