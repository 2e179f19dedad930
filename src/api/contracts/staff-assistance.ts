import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDate, isoDateTime, personRefSchema } from './common';
import { assistanceStatusSchema, duesSchema, duesTierSchema, invoiceSchema } from './dues';
import { staffActionSchema, staffChange, staffReasonSchema } from './staff-work';

/**
 * Financial assistance as MIP's finance staff decide it (issue 17): approve as a reduced amount, a
 * waiver of the whole fee or a longer payment schedule, or decline; each with a reason the member
 * reads. Confidential: only finance staff reach these endpoints.
 */

/** The most payments a longer schedule from MIP may have: monthly, for a year. */
export const LONGER_SCHEDULE_MAX_PAYMENTS = 12;

export const assistanceOutcomeSchema = z.enum(['reduced', 'waiver', 'longer_schedule', 'declined']);
export type AssistanceOutcome = z.infer<typeof assistanceOutcomeSchema>;

/** What MIP decided, with the figures it set on the invoice. */
export const assistanceDecisionSchema = z
  .object({
    outcome: assistanceOutcomeSchema,
    at: isoDateTime,
    by: personRefSchema,
    /** The reason the member reads. */
    reason: z.string(),
    /** The invoice's amount before the decision; null when declined. */
    previousAmountCents: z.nullable(cents),
    /** The invoice's amount the decision set (a reduced amount, or what was paid for a waiver). */
    amountCents: z.nullable(cents),
    /** A longer schedule: how many monthly payments of what is still owed, and the first one's date. */
    payments: z.nullable(z.int().check(z.positive())),
    firstDueOn: z.nullable(isoDate),
  })
  .register(z.globalRegistry, { id: 'AssistanceDecision' });
export type AssistanceDecision = z.infer<typeof assistanceDecisionSchema>;

/** A request for help with dues as MIP's finance staff see it: the city, its money and the request. */
export const staffAssistanceRequestSchema = z
  .object({
    id,
    memberId: id,
    city: z.string(),
    state: z.string(),
    population: z.int().check(z.nonnegative()),
    tier: duesTierSchema,
    membershipYearLabel: z.string(),
    /** The membership year's invoice as it stands (null when the city has none yet). */
    invoice: z.nullable(invoiceSchema),
    paymentPlan: duesSchema.shape.paymentPlan,
    status: assistanceStatusSchema,
    reason: z.string(),
    /** What the city says it can pay this year. */
    canPayCents: cents,
    submittedAt: isoDateTime,
    /** Who asked, and for whom. */
    attribution: attributionSchema,
    decidedAt: z.nullable(isoDateTime),
    /** The note the member reads with the decision. */
    decisionNote: z.nullable(z.string()),
    decision: z.nullable(assistanceDecisionSchema),
    actions: z.array(staffActionSchema),
    /** Changes with every change to the request; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffAssistanceRequest' });
export type StaffAssistanceRequest = z.infer<typeof staffAssistanceRequestSchema>;

const reducedSchema = z.object({
  kind: z.literal('reduced'),
  /** The year's new fee, in cents: more than nothing, less than the invoice's amount. */
  amountCents: z
    .int({ error: 'Enter the reduced amount in dollars, like 500' })
    .check(z.positive({ error: 'Enter an amount above $0; to waive the whole fee, choose a waiver' })),
  reason: staffReasonSchema,
});

const waiverSchema = z.object({ kind: z.literal('waiver'), reason: staffReasonSchema });

const longerScheduleSchema = z.object({
  kind: z.literal('longer_schedule'),
  /** What is still owed, split evenly into this many monthly payments. */
  payments: z
    .int({ error: 'Enter how many payments, like 6' })
    .check(
      z.minimum(2, { error: 'A longer schedule has at least 2 payments' }),
      z.maximum(LONGER_SCHEDULE_MAX_PAYMENTS, { error: 'A longer schedule has at most 12 monthly payments' }),
    ),
  /** The first payment's due date; the others follow a month apart. */
  firstDueOn: isoDate,
  reason: staffReasonSchema,
});

export const assistanceApproveBodySchema = z
  .discriminatedUnion('kind', [reducedSchema, waiverSchema, longerScheduleSchema], {
    error: 'Choose how MIP helps: a reduced amount, a waiver or a longer schedule',
  })
  .register(z.globalRegistry, { id: 'AssistanceApproveBody' });
export type AssistanceApproveBody = z.infer<typeof assistanceApproveBodySchema>;
export type AssistanceApproveKind = AssistanceApproveBody['kind'];

export const assistanceDeclineBodySchema = z
  .object({ reason: staffReasonSchema })
  .register(z.globalRegistry, { id: 'AssistanceDeclineBody' });
export type AssistanceDeclineBody = z.infer<typeof assistanceDeclineBodySchema>;

/** A decision on one request by MIP's finance staff: the request as it now stands comes back. */
const staffAssistanceChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/assistance-requests/{assistanceRequestId}${path}`,
    summary: `${summary} MIP finance staff only. 409 once the request is decided.`,
    body,
    response: staffAssistanceRequestSchema,
  });

export const staffAssistanceEndpoints = {
  getStaffAssistanceRequest: defineEndpoint({
    operationId: 'getStaffAssistanceRequest',
    method: 'GET',
    path: '/staff/assistance-requests/{assistanceRequestId}',
    summary:
      "A city's confidential request for help with dues as MIP's finance staff decide it: the city, its tier and this year's invoice, the request, the decision and MIP's record. Finance staff only.",
    tag: 'staff',
    auth: 'session',
    response: staffAssistanceRequestSchema,
  }),
  approveAssistanceRequest: staffAssistanceChange(
    'approveAssistanceRequest',
    '/approve',
    "Approves the request as a reduced amount, a waiver of the whole fee or a longer schedule of monthly payments; this year's invoice changes accordingly (payments made stay).",
    assistanceApproveBodySchema,
  ),
  declineAssistanceRequest: staffAssistanceChange(
    'declineAssistanceRequest',
    '/decline',
    'Declines the request with a reason the member reads; the invoice stays as it is.',
    assistanceDeclineBodySchema,
  ),
};
