import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { defineEndpoint } from './endpoint';
import { id, isoDateTime, pageQuerySchema, paginated, personRefSchema } from './common';

// Defined with the session, which carries a staff member's areas: a member's first page loads
// the session's schemas and never this file's.
import { staffAreaSchema, type StaffArea } from './session';

export { staffAreaSchema, type StaffArea };

/** A text staff write (a message, a note, a reason): trimmed, then held to a length. */
export const staffText = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(min, { error: tooShort }), z.maxLength(max, { error: tooLong }));

export const MESSAGE_MAX = 2000;

/** Why MIP declines or decides as it does: the member reads it. */
export const staffReasonSchema = staffText(
  10,
  MESSAGE_MAX,
  'Tell the member why, in at least 10 characters',
  'Keep the reason under 2,000 characters',
);

/** What MIP's staff did to a request: kept on the record, shown to staff only. */
export const staffActionSchema = z
  .object({
    at: isoDateTime,
    by: personRefSchema,
    /** What happened, in a line ("Assigned to Nadia Brooks", "Moved to scoping"). */
    action: z.string(),
    /** The reason or message given with it, if any. */
    detail: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'StaffAction' });
export type StaffAction = z.infer<typeof staffActionSchema>;

export const internalNoteSchema = z
  .object({ id, text: z.string(), at: isoDateTime, by: personRefSchema })
  .register(z.globalRegistry, { id: 'InternalNote' });
export type InternalNote = z.infer<typeof internalNoteSchema>;

/**
 * A change MIP's staff make to one record (POST, session): the record as it now stands comes back.
 * Pages send If-Match with the version they read, and a stale one answers 412.
 */
export const staffChange = <B extends core.$ZodType, R extends core.$ZodType>(change: {
  operationId: string;
  path: string;
  summary: string;
  body: B;
  response: R;
}) =>
  defineEndpoint({
    ...change,
    method: 'POST',
    summary: `${change.summary} If-Match with the version read answers 412 when the record changed meanwhile.`,
    tag: 'staff',
    auth: 'session',
  });

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
