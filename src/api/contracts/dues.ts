import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDate, isoDateTime } from './common';
import { US_STATE_CODES } from '../../lib/us-states';
import { populationParamSchema } from './population';

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
    paidOn: z.nullable(isoDate),
  })
  .register(z.globalRegistry, { id: 'Instalment' });
export type Instalment = z.infer<typeof instalmentSchema>;

function text(min: number, max: number, missing: string, tooLong: string) {
  return z.string().check(z.trim(), z.minLength(min, { error: missing }), z.maxLength(max, { error: tooLong }));
}
const email = z.email({ error: 'Enter an e-mail address like name@city.gov' });

export const usStateSchema = z.enum(US_STATE_CODES, { error: 'Choose the state' });

/** Who receives the invoice and pays it when a city pays by invoice (purchase order, check, transfer). */
export const invoiceRequestBodySchema = z
  .object({
    contactName: text(
      1,
      120,
      'Enter the name of the person who handles the invoice',
      'Keep the name under 120 characters',
    ),
    contactEmail: z.pipe(z.string().check(z.trim()), email),
    addressLine1: text(
      1,
      120,
      'Enter the street address for the invoice',
      'Keep each address line under 120 characters',
    ),
    addressLine2: z._default(
      z.string().check(z.trim(), z.maxLength(120, { error: 'Keep each address line under 120 characters' })),
      '',
    ),
    city: text(1, 80, 'Enter the city of the billing address', 'Keep the city under 80 characters'),
    state: usStateSchema,
    postalCode: z
      .string()
      .check(z.trim(), z.regex(/^\d{5}(-\d{4})?$/, { error: 'Enter a ZIP code like 53703 or 53703-1234' })),
    /** Optional: many cities need one on the invoice before they can pay it. */
    purchaseOrderNumber: z._default(
      z.string().check(z.trim(), z.maxLength(40, { error: 'Keep the purchase order number under 40 characters' })),
      '',
    ),
  })
  .register(z.globalRegistry, { id: 'InvoiceRequestBody' });
export type InvoiceRequestBody = z.infer<typeof invoiceRequestBodySchema>;
export type InvoiceRequestBodyInput = z.input<typeof invoiceRequestBodySchema>;

export const billingSchema = z
  .object({
    contactName: z.string(),
    contactEmail: z.string(),
    addressLine1: z.string(),
    addressLine2: z.string(),
    city: z.string(),
    state: z.string(),
    postalCode: z.string(),
    purchaseOrderNumber: z.string(),
    requestedAt: isoDateTime,
    /** When MIP sent the invoice; null while the request waits. */
    issuedAt: z.nullable(isoDateTime),
    /** Who asked for the invoice, and for whom ("Jordan Lee for Mayor Ana Ortiz"). */
    attribution: attributionSchema,
  })
  .register(z.globalRegistry, { id: 'Billing' });
export type Billing = z.infer<typeof billingSchema>;

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
    /** Set once the city asked to pay by invoice. */
    billing: z.nullable(billingSchema),
  })
  .register(z.globalRegistry, { id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;

export const assistanceStatusSchema = z.enum(['submitted', 'under_review', 'approved', 'declined']);
export type AssistanceStatus = z.infer<typeof assistanceStatusSchema>;

export const assistanceRequestBodySchema = z
  .object({
    reason: text(
      20,
      4000,
      "Tell MIP in at least 20 characters why the city needs help with dues; it stays between the mayor's office and MIP",
      'Keep the reason under 4,000 characters',
    ),
    /** What the city can pay this year, in cents; 0 when it can pay nothing. */
    canPayCents: z
      .int({ error: 'Enter an amount in dollars, like 500' })
      .check(z.nonnegative({ error: "The amount can't be negative" })),
  })
  .register(z.globalRegistry, { id: 'AssistanceRequestBody' });
export type AssistanceRequestBody = z.infer<typeof assistanceRequestBodySchema>;

/** Confidential: only the mayor, delegates with the dues scope and MIP see it. */
export const assistanceRequestSchema = z
  .object({
    id,
    memberId: id,
    membershipYearLabel: z.string(),
    status: assistanceStatusSchema,
    reason: z.string(),
    canPayCents: cents,
    submittedAt: isoDateTime,
    decidedAt: z.nullable(isoDateTime),
    /** MIP's words with its decision (the reduced fee, a plan); null until decided. */
    decisionNote: z.nullable(z.string()),
    attribution: attributionSchema,
  })
  .register(z.globalRegistry, { id: 'AssistanceRequest' });
export type AssistanceRequest = z.infer<typeof assistanceRequestSchema>;

export const paymentPlanBodySchema = z
  .object({ instalments: z.union([z.literal(1), z.literal(2), z.literal(4)], { error: 'Choose 1, 2 or 4 payments' }) })
  .register(z.globalRegistry, { id: 'PaymentPlanBody' });
export type PaymentPlanBody = z.infer<typeof paymentPlanBodySchema>;

export const duesSchema = z
  .object({
    memberId: id,
    population: z.int().check(z.nonnegative()),
    tier: duesTierSchema,
    /**
     * A newer population MIP recorded, and the tier it brings from the next membership year's
     * invoice; null when there is none (this year's invoice keeps this year's tier).
     */
    nextYear: z.nullable(
      z.object({
        population: z.int().check(z.nonnegative()),
        tier: duesTierSchema,
        yearLabel: z.string(),
        startsOn: isoDate,
      }),
    ),
    currentInvoice: z.nullable(invoiceSchema),
    invoices: z.array(invoiceSchema),
    paymentPlan: z.object({
      instalments: z.union([z.literal(1), z.literal(2), z.literal(4)]),
      fiscalYearStartsOn: isoDate,
    }),
    packet: z.object({
      status: z.enum(['not_due', 'preparing', 'sent']),
      expectedBy: z.nullable(isoDate),
      /** When MIP posted it, once staff marked it sent. */
      sentOn: z.nullable(isoDate),
    }),
    /** This membership year's financial-assistance request, if any. */
    assistanceRequest: z.nullable(assistanceRequestSchema),
  })
  .register(z.globalRegistry, { id: 'Dues' });
export type Dues = z.infer<typeof duesSchema>;

export const duesQuoteSchema = z
  .object({ population: z.int().check(z.nonnegative()), tier: duesTierSchema, feeCents: cents })
  .register(z.globalRegistry, { id: 'DuesQuote' });

/** One invoice with what a printed invoice needs: who is billed and where to send payment. */
export const invoiceDetailSchema = z
  .object({
    invoice: invoiceSchema,
    billedTo: z.object({ city: z.string(), state: z.string(), mayorName: z.string() }),
    remitTo: z.object({ name: z.string(), addressLines: z.array(z.string()), email: z.string() }),
  })
  .register(z.globalRegistry, { id: 'InvoiceDetail' });
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;

export const checkoutStatusSchema = z.enum(['open', 'paid', 'declined', 'expired']);
export type CheckoutStatus = z.infer<typeof checkoutStatusSchema>;

export const checkoutSessionBodySchema = z
  .object({
    /** The next payment due, or everything still owed on the invoice. */
    pay: z.enum(['next_instalment', 'balance']),
    /** Where the hosted checkout sends the person back to; it must be on the app's own origin. */
    returnUrl: z.url(),
  })
  .register(z.globalRegistry, { id: 'CheckoutSessionBody' });
export type CheckoutSessionBody = z.infer<typeof checkoutSessionBodySchema>;

/**
 * A hosted card checkout. The app only ever sends people to `url` and reads the outcome back:
 * card numbers never touch it. The checkout returns to `returnUrl` with `?checkout={id}`.
 */
export const checkoutSessionSchema = z
  .object({
    id,
    invoiceId: id,
    memberId: id,
    amountCents: cents,
    description: z.string(),
    status: checkoutStatusSchema,
    url: z.url(),
    expiresAt: isoDateTime,
    completedAt: z.nullable(isoDateTime),
    /** Why the card was declined, in the card network's plain words; null unless declined. */
    declineMessage: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'CheckoutSession' });
export type CheckoutSession = z.infer<typeof checkoutSessionSchema>;

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
  getInvoice: defineEndpoint({
    operationId: 'getInvoice',
    method: 'GET',
    path: '/invoices/{invoiceId}',
    summary: 'One invoice, with who is billed and where to send payment: for the printable invoice and receipt.',
    tag: 'dues',
    auth: 'session',
    response: invoiceDetailSchema,
  }),
  createCheckoutSession: defineEndpoint({
    operationId: 'createCheckoutSession',
    method: 'POST',
    path: '/invoices/{invoiceId}/checkout-sessions',
    summary:
      'Starts a hosted card checkout for the next payment or the whole balance; the app sends the person to its `url`. 409 when nothing is owed.',
    tag: 'dues',
    auth: 'session',
    idempotencyKey: true,
    body: checkoutSessionBodySchema,
    response: checkoutSessionSchema,
    successStatus: 201,
  }),
  getCheckoutSession: defineEndpoint({
    operationId: 'getCheckoutSession',
    method: 'GET',
    path: '/checkout-sessions/{checkoutSessionId}',
    summary: 'How a checkout ended (paid, declined, expired or still open): read when the person comes back.',
    tag: 'dues',
    auth: 'session',
    response: checkoutSessionSchema,
  }),
  requestInvoice: defineEndpoint({
    operationId: 'requestInvoice',
    method: 'POST',
    path: '/members/{memberId}/invoice-requests',
    summary:
      "Asks to pay this year's dues by invoice: the billing contact, address and purchase-order number go on the invoice (creating it if the year has none yet).",
    tag: 'dues',
    auth: 'session',
    idempotencyKey: true,
    body: invoiceRequestBodySchema,
    response: invoiceSchema,
    successStatus: 201,
  }),
  updatePaymentPlan: defineEndpoint({
    operationId: 'updatePaymentPlan',
    method: 'PUT',
    path: '/members/{memberId}/payment-plan',
    summary:
      "Pays this year's dues in 1, 2 or 4 payments at the ends of the city's fiscal periods; payments made stay. 409 while a payment is overdue or once the year is paid.",
    tag: 'dues',
    auth: 'session',
    body: paymentPlanBodySchema,
    response: duesSchema,
  }),
  createAssistanceRequest: defineEndpoint({
    operationId: 'createAssistanceRequest',
    method: 'POST',
    path: '/members/{memberId}/assistance-requests',
    summary:
      "A confidential request for help with this year's dues (seen by the mayor, delegates with the dues scope and MIP). 409 while one is open.",
    tag: 'dues',
    auth: 'session',
    idempotencyKey: true,
    body: assistanceRequestBodySchema,
    response: assistanceRequestSchema,
    successStatus: 201,
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
    query: z.object({ population: populationParamSchema }),
    queryIsAnswer: true,
    response: duesQuoteSchema,
  }),
};
