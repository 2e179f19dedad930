import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { cents, id, isoDate, isoDateTime, pageQuerySchema, paginated, personRefSchema } from './common';
import { invoiceSchema, invoiceStatusSchema } from './dues';
import { staffActionSchema, staffChange, staffText } from './staff-work';

/**
 * The invoices MIP's finance staff keep: those a city asked to be sent (with its purchase order),
 * those overdue, those still open, and those paid.
 */
export const staffInvoiceViewSchema = z.enum(['requested', 'overdue', 'open', 'paid']);
export type StaffInvoiceView = z.infer<typeof staffInvoiceViewSchema>;

export const staffInvoiceQuerySchema = z.extend(pageQuerySchema, {
  view: z._default(staffInvoiceViewSchema, 'overdue'),
  /** A member city's id: only that city's invoices. */
  city: z.optional(id),
});
export type StaffInvoiceQuery = z.input<typeof staffInvoiceQuerySchema>;

export const staffInvoiceRowSchema = z
  .object({
    id,
    number: z.string(),
    memberId: id,
    city: z.string(),
    state: z.string(),
    membershipYearLabel: z.string(),
    amountCents: cents,
    paidCents: cents,
    status: invoiceStatusSchema,
    /** The earliest payment still owed, if any. */
    nextDueOn: z.nullable(isoDate),
    /** When the city asked for the invoice to be sent, while MIP hasn't sent it. */
    requestedAt: z.nullable(isoDateTime),
    purchaseOrderNumber: z.string(),
  })
  .register(z.globalRegistry, { id: 'StaffInvoiceRow' });
export type StaffInvoiceRow = z.infer<typeof staffInvoiceRowSchema>;

export const staffInvoiceListSchema = z
  .extend(paginated(staffInvoiceRowSchema), {
    /** How many invoices each view holds (for the city filter, if any): the tabs. */
    counts: z.array(z.object({ view: staffInvoiceViewSchema, count: z.int().check(z.nonnegative()) })),
  })
  .register(z.globalRegistry, { id: 'StaffInvoiceList' });
export type StaffInvoiceList = z.infer<typeof staffInvoiceListSchema>;

export const paymentMethodSchema = z.enum(['card', 'check', 'transfer']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** A payment MIP received: by card through the hosted checkout, or a check or transfer staff recorded. */
export const receivedPaymentSchema = z
  .object({
    id,
    method: paymentMethodSchema,
    amountCents: cents,
    receivedOn: isoDate,
    /** The check number, the transfer's reference, or the card checkout's id. */
    reference: z.string(),
    /** The payments of the schedule it paid. */
    instalmentNumbers: z.array(z.int().check(z.positive())),
    /** Who at MIP recorded it; null for card payments, which record themselves. */
    recordedBy: z.nullable(personRefSchema),
  })
  .register(z.globalRegistry, { id: 'ReceivedPayment' });
export type ReceivedPayment = z.infer<typeof receivedPaymentSchema>;

export const packetStatusSchema = z.enum(['not_due', 'preparing', 'sent']);

/** One invoice as MIP's finance staff keep it. */
export const staffInvoiceSchema = z
  .object({
    invoice: invoiceSchema,
    city: z.string(),
    state: z.string(),
    /** When MIP sent the invoice the city asked for; null while the request waits or none was made. */
    sentAt: z.nullable(isoDateTime),
    payments: z.array(receivedPaymentSchema),
    /** The membership packet of the invoice's year: MIP posts it once the year is paid in full. */
    packet: z.object({ status: packetStatusSchema, expectedBy: z.nullable(isoDate), sentOn: z.nullable(isoDate) }),
    actions: z.array(staffActionSchema),
    /** Changes with every change; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffInvoice' });
export type StaffInvoice = z.infer<typeof staffInvoiceSchema>;

export const invoiceIssueBodySchema = z
  .object({
    /** The city's purchase order as it goes on the invoice; staff may correct what was typed. */
    purchaseOrderNumber: z._default(
      z.string().check(z.trim(), z.maxLength(40, { error: 'Keep the purchase order number under 40 characters' })),
      '',
    ),
  })
  .register(z.globalRegistry, { id: 'InvoiceIssueBody' });
export type InvoiceIssueBody = z.infer<typeof invoiceIssueBodySchema>;

export const paymentRecordBodySchema = z
  .object({
    method: z.enum(['check', 'transfer'], { error: 'Choose check or bank transfer' }),
    amountCents: z
      .int({ error: 'Enter the amount in dollars and cents, like 1500.00' })
      .check(
        z.positive({ error: 'Enter an amount above $0' }),
        z.maximum(10_000_000, { error: 'Enter an amount of $100,000 or less' }),
      ),
    receivedOn: isoDate,
    reference: staffText(
      1,
      60,
      'Enter the check number or the transfer reference',
      'Keep the reference under 60 characters',
    ),
  })
  .register(z.globalRegistry, { id: 'PaymentRecordBody' });
export type PaymentRecordBody = z.infer<typeof paymentRecordBodySchema>;

export const packetSentBodySchema = z.object({ sentOn: isoDate }).register(z.globalRegistry, { id: 'PacketSentBody' });
export type PacketSentBody = z.infer<typeof packetSentBodySchema>;

const staffInvoiceChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/invoices/{invoiceId}${path}`,
    summary: `${summary} MIP finance staff only.`,
    body,
    response: staffInvoiceSchema,
  });

export const staffInvoiceEndpoints = {
  listStaffInvoices: defineEndpoint({
    operationId: 'listStaffInvoices',
    method: 'GET',
    path: '/staff/invoices',
    summary:
      'Invoices across all cities by view (requested, overdue, open, paid), with a count for each view. MIP finance staff only.',
    tag: 'staff',
    auth: 'session',
    query: staffInvoiceQuerySchema,
    response: staffInvoiceListSchema,
  }),
  getStaffInvoice: defineEndpoint({
    operationId: 'getStaffInvoice',
    method: 'GET',
    path: '/staff/invoices/{invoiceId}',
    summary: 'One invoice as MIP finance staff keep it: the schedule, payments received, the packet and the record.',
    tag: 'staff',
    auth: 'session',
    response: staffInvoiceSchema,
  }),
  issueInvoice: staffInvoiceChange(
    'issueInvoice',
    '/issue',
    'Sends the invoice a city asked for, with its purchase order number.',
    invoiceIssueBodySchema,
  ),
  recordInvoicePayment: staffInvoiceChange(
    'recordInvoicePayment',
    '/payments',
    'Records a payment received by check or bank transfer: it pays the next payments of the schedule it adds up to.',
    paymentRecordBodySchema,
  ),
  markPacketSent: staffInvoiceChange(
    'markPacketSent',
    '/packet-sent',
    "Marks the year's membership packet as posted, once the invoice is paid in full.",
    packetSentBodySchema,
  ),
};
