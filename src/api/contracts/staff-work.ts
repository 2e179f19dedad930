import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDateTime, pageQuerySchema, paginated, personRefSchema } from './common';

/**
 * What a member of MIP's staff works on: programs (travel support), policy (memo requests),
 * finance (invoices, payments, financial assistance, applications); admin manages staff accounts.
 */
export const staffAreaSchema = z.enum(['programs', 'policy', 'finance', 'admin']);
export type StaffArea = z.infer<typeof staffAreaSchema>;

/** The kinds of request that wait for MIP, each worked by one area. */
export const workKindSchema = z.enum([
  'memo_request',
  'travel_support',
  'assistance_request',
  'application',
  'invoice_request',
]);
export type WorkKind = z.infer<typeof workKindSchema>;

/** Where a request waiting for MIP stands: nobody has answered it yet, or someone is working it. */
export const workStageSchema = z.enum(['new', 'in_progress']);
export type WorkStage = z.infer<typeof workStageSchema>;

export const workItemSchema = z
  .object({
    kind: workKindSchema,
    /** The record's own id (a memo request, a registration, an assistance request, …). */
    id,
    area: staffAreaSchema,
    stage: workStageSchema,
    memberId: id,
    city: z.string(),
    state: z.string(),
    /** What the request is about, in a line: a memo's title, a meeting's name, "2026–27 dues". */
    title: z.string(),
    /** Who asked, and for whom. */
    requestedBy: personRefSchema,
    onBehalfOf: z.nullable(personRefSchema),
    /** Since when it waits for MIP (the request, or the member's latest answer). */
    waitingSince: isoDateTime,
    assignee: z.nullable(personRefSchema),
  })
  .register(z.globalRegistry, { id: 'WorkItem' });
export type WorkItem = z.infer<typeof workItemSchema>;

export const inboxSortSchema = z.enum(['oldest', 'newest']);
export type InboxSort = z.infer<typeof inboxSortSchema>;

export const inboxQuerySchema = z.extend(pageQuerySchema, {
  kind: z.optional(workKindSchema),
  stage: z.optional(workStageSchema),
  area: z.optional(staffAreaSchema),
  /** A member city's id: only that city's work. */
  city: z.optional(id),
  /** "me": only what is assigned to the person asking. */
  assigned: z.optional(z.enum(['me'])),
  sort: z._default(inboxSortSchema, 'oldest'),
});
export type InboxQuery = z.input<typeof inboxQuerySchema>;

export const inboxSchema = z
  .extend(paginated(workItemSchema), {
    /** How many match the other filters, for each kind the person's areas reach (tabs). */
    counts: z.array(z.object({ kind: workKindSchema, count: z.int().check(z.nonnegative()) })),
  })
  .register(z.globalRegistry, { id: 'Inbox' });
export type Inbox = z.infer<typeof inboxSchema>;

export const staffWorkEndpoints = {
  listStaffInbox: defineEndpoint({
    operationId: 'listStaffInbox',
    method: 'GET',
    path: '/staff/inbox',
    summary:
      "Everything waiting for MIP across all cities in the caller's areas, filtered, oldest first by default, with counts per kind.",
    tag: 'staff',
    auth: 'session',
    query: inboxQuerySchema,
    response: inboxSchema,
  }),
};
