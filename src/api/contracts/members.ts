import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate, personRefSchema } from './common';

export const membershipStatusSchema = z.enum(['active', 'renewal_due', 'grace', 'lapsed', 'prospective']);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

export const membershipSchema = z
  .object({
    status: membershipStatusSchema,
    /** e.g. "2026–27"; null for a prospective city. */
    yearLabel: z.nullable(z.string()),
    /** The last day the city is a member in good standing ("Member through Jun 30, 2027"). */
    throughOn: z.nullable(isoDate),
    /** While in grace: the day membership lapses unless dues are paid. */
    graceEndsOn: z.nullable(isoDate),
  })
  .register(z.globalRegistry, { id: 'Membership' });
export type Membership = z.infer<typeof membershipSchema>;

export const memberSummarySchema = z
  .object({
    id,
    city: z.string(),
    state: z.string(),
    population: z.int().check(z.nonnegative()),
    mayor: z.extend(personRefSchema, { termStartedOn: isoDate }),
    membership: membershipSchema,
  })
  .register(z.globalRegistry, { id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const actionItemSchema = z
  .object({
    id,
    area: z.enum(['dues', 'meetings', 'memos', 'membership']),
    severity: z.enum(['info', 'warning', 'urgent']),
    title: z.string(),
    dueOn: z.nullable(isoDate),
    /** The record the action is about, so the dashboard can link to it; null when there is none. */
    about: z.nullable(z.object({ type: z.enum(['meeting', 'memo', 'invoice']), id })),
  })
  .register(z.globalRegistry, { id: 'ActionItem' });
export type ActionItem = z.infer<typeof actionItemSchema>;

export const overviewSchema = z
  .object({ member: memberSummarySchema, actions: z.array(actionItemSchema) })
  .register(z.globalRegistry, { id: 'Overview' });
export type Overview = z.infer<typeof overviewSchema>;

export const memberEndpoints = {
  getOverview: defineEndpoint({
    operationId: 'getOverview',
    method: 'GET',
    path: '/members/{memberId}/overview',
    summary: 'The member city, its membership status and the action list for its dashboard.',
    tag: 'members',
    auth: 'session',
    response: overviewSchema,
  }),
};
