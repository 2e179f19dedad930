import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, id, isoDate, isoDateTime, personRefSchema, policyAreaSchema } from './common';

export const memoAllowanceSchema = z
  .object({
    memberId: id,
    membershipYear: z.object({ label: z.string(), startsOn: isoDate, endsOn: isoDate }),
    /** From the benefit rules of the membership year (3 today; 2 in 2019). */
    allowed: z.int().check(z.nonnegative()),
    used: z.int().check(z.nonnegative()),
    remaining: z.int().check(z.nonnegative()),
    resetsOn: isoDate,
  })
  .register(z.globalRegistry, { id: 'MemoAllowance' });
export type MemoAllowance = z.infer<typeof memoAllowanceSchema>;

export const memoStatusSchema = z.enum(['submitted', 'scoping', 'in_progress', 'delivered', 'declined', 'withdrawn']);
export type MemoStatus = z.infer<typeof memoStatusSchema>;

export const memoRequestSchema = z
  .object({
    id,
    memberId: id,
    title: z.string(),
    policyArea: policyAreaSchema,
    question: z.string(),
    background: z.string(),
    desiredDate: z.nullable(isoDate),
    status: memoStatusSchema,
    membershipYearLabel: z.string(),
    submittedAt: isoDateTime,
    attribution: attributionSchema,
    history: z.array(z.object({ status: memoStatusSchema, at: isoDateTime, by: personRefSchema })),
  })
  .register(z.globalRegistry, { id: 'MemoRequest' });
export type MemoRequest = z.infer<typeof memoRequestSchema>;

export const memoEndpoints = {
  getMemoAllowance: defineEndpoint({
    operationId: 'getMemoAllowance',
    method: 'GET',
    path: '/members/{memberId}/memo-allowance',
    summary: 'Memos used and remaining in the current membership year, with the reset date.',
    tag: 'memos',
    auth: 'session',
    response: memoAllowanceSchema,
  }),
  listMemoRequests: defineEndpoint({
    operationId: 'listMemoRequests',
    method: 'GET',
    path: '/members/{memberId}/memo-requests',
    summary: "The city's memo requests, newest first, across membership years.",
    tag: 'memos',
    auth: 'session',
    response: z.object({ items: z.array(memoRequestSchema) }).register(z.globalRegistry, { id: 'MemoRequestList' }),
  }),
  listPolicyAreas: defineEndpoint({
    operationId: 'listPolicyAreas',
    method: 'GET',
    path: '/policy-areas',
    summary: 'The policy areas used by memos, briefing books and the directory.',
    tag: 'memos',
    auth: 'public',
    response: z.object({ items: z.array(policyAreaSchema) }).register(z.globalRegistry, { id: 'PolicyAreaList' }),
  }),
};
