import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDateTime, personRefSchema } from './common';
import { attendeeKindSchema, registrationStatusSchema, travelSupportStatusSchema } from './meetings';
import { MESSAGE_MAX, staffActionSchema, staffChange, staffReasonSchema, staffText } from './staff-work';

/** The most MIP covers for one attendee's travel, as for what a member may ask ($20,000). */
export const TRAVEL_SUPPORT_MAX_CENTS = 2_000_000;

/** MIP's answer to a travel-support request, once given. */
export const travelSupportDecisionSchema = z
  .object({
    status: z.enum(['approved', 'declined']),
    /** What MIP covers; null when declined. */
    approvedCents: z.nullable(cents),
    /** The message (approval) or reason (decline) the member reads; null when none was given. */
    note: z.nullable(z.string()),
    decidedAt: isoDateTime,
    /** Who decided; null for decisions recorded before MIP's staff kept a record. */
    decidedBy: z.nullable(personRefSchema),
  })
  .register(z.globalRegistry, { id: 'TravelSupportDecision' });
export type TravelSupportDecision = z.infer<typeof travelSupportDecisionSchema>;

/** A travel-support request as MIP's programs staff work it: the registration it rides on, and MIP's record. */
export const staffTravelSupportSchema = z
  .object({
    /** The registration the request belongs to: its id names the request. */
    registrationId: id,
    memberId: id,
    city: z.string(),
    state: z.string(),
    meeting: z.object({
      id,
      title: z.string(),
      startsAt: isoDateTime,
      endsAt: isoDateTime,
      /** IANA zone the meeting happens in; dates are shown in it. */
      timeZone: z.string(),
    }),
    attendee: z.object({ kind: attendeeKindSchema, name: z.string(), title: z.string() }),
    /** Whether the attendee still comes: a cancelled registration's request can't be decided. */
    registrationStatus: registrationStatusSchema,
    /** Who asked, and for whom (a delegate registering for the mayor). */
    attribution: attributionSchema,
    requestedAt: isoDateTime,
    estimatedCostCents: cents,
    /** The member's note: what the money is for. */
    note: z.string(),
    status: travelSupportStatusSchema,
    decision: z.nullable(travelSupportDecisionSchema),
    actions: z.array(staffActionSchema),
    /** Changes with every change to the request; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffTravelSupport' });
export type StaffTravelSupport = z.infer<typeof staffTravelSupportSchema>;

export const travelApproveBodySchema = z
  .object({
    /** What MIP covers, in cents: at most what the member estimated. */
    amountCents: z
      .int({ error: 'Enter the amount MIP covers in dollars, like 850' })
      .check(
        z.positive({ error: 'Enter an amount above $0, or decline the request instead' }),
        z.maximum(TRAVEL_SUPPORT_MAX_CENTS, { error: 'Enter an amount of $20,000 or less' }),
      ),
    /** A message the member reads with the approval; empty for none. */
    message: z._default(
      staffText(0, MESSAGE_MAX, 'Write the member a message', 'Keep the message under 2,000 characters'),
      '',
    ),
  })
  .register(z.globalRegistry, { id: 'TravelApproveBody' });
export type TravelApproveBody = z.infer<typeof travelApproveBodySchema>;
export type TravelApproveInput = z.input<typeof travelApproveBodySchema>;

export const travelDeclineBodySchema = z
  .object({ reason: staffReasonSchema })
  .register(z.globalRegistry, { id: 'TravelDeclineBody' });
export type TravelDeclineBody = z.infer<typeof travelDeclineBodySchema>;

/** A change to one travel-support request by MIP's programs staff: the request as it now stands comes back. */
const staffTravelChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/travel-support/{registrationId}${path}`,
    summary: `${summary} MIP programs staff only.`,
    body,
    response: staffTravelSupportSchema,
  });

export const staffTravelEndpoints = {
  getStaffTravelSupport: defineEndpoint({
    operationId: 'getStaffTravelSupport',
    method: 'GET',
    path: '/staff/travel-support/{registrationId}',
    summary:
      "A travel-support request as MIP's programs staff work it: the meeting, the attendee, the estimate, the decision and MIP's record.",
    tag: 'staff',
    auth: 'session',
    response: staffTravelSupportSchema,
  }),
  approveTravelSupport: staffTravelChange(
    'approveTravelSupport',
    '/approve',
    'Approves a waiting request with the amount MIP covers (at most the estimate) and an optional message the member reads.',
    travelApproveBodySchema,
  ),
  declineTravelSupport: staffTravelChange(
    'declineTravelSupport',
    '/decline',
    'Declines a waiting request with a reason the member reads.',
    travelDeclineBodySchema,
  ),
};
