import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { id, isoDate, personRefSchema } from './common';

export const membershipStatusSchema = z.enum(['active', 'renewal_due', 'grace', 'lapsed', 'prospective']);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

export const membershipSchema = z
  .object({
    status: membershipStatusSchema,
    /** e.g. "2026–27"; null for a prospective city. */
    yearLabel: z.string().nullable(),
    /** The last day the city is a member in good standing ("Member through Jun 30, 2027"). */
    throughOn: isoDate.nullable(),
    /** While in grace: the day membership lapses unless dues are paid. */
    graceEndsOn: isoDate.nullable(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof membershipSchema>;

export const memberSummarySchema = z
  .object({
    id,
    city: z.string(),
    state: z.string(),
    population: z.number().int().nonnegative(),
    mayor: personRefSchema.extend({ termStartedOn: isoDate }),
    membership: membershipSchema,
  })
  .meta({ id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const actionItemSchema = z
  .object({
    id,
    area: z.enum(['dues', 'meetings', 'memos', 'membership']),
    severity: z.enum(['info', 'warning', 'urgent']),
    title: z.string(),
    dueOn: isoDate.nullable(),
  })
  .meta({ id: 'ActionItem' });
export type ActionItem = z.infer<typeof actionItemSchema>;

export const overviewSchema = z
  .object({ member: memberSummarySchema, actions: z.array(actionItemSchema) })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof overviewSchema>;

export const memberEndpoints = {
  getOverview: defineEndpoint({
    operationId: 'getOverview',
    method: 'GET',
    path: '/members/{memberId}/overview',
    summary: "The member city, its membership status and the action list for its dashboard.",
    tag: 'members',
    auth: 'session',
    response: overviewSchema,
  }),
};
