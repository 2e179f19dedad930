import * as z from 'zod/mini';
import { MEMO_FILE_MEDIA_TYPES } from '../../lib/memo-file';
import { defineEndpoint } from './endpoint';
import {
  attributionSchema,
  emptySchema,
  fileSchema,
  id,
  isoDate,
  isoDateTime,
  personRefSchema,
  policyAreaSchema,
} from './common';

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
    /** Every step, oldest first; `message` is what MIP told the member with that step, if anything. */
    history: z.array(
      z.object({ status: memoStatusSchema, at: isoDateTime, by: personRefSchema, message: z.nullable(z.string()) }),
    ),
    /** Whether the member lets MIP publish the delivered memo with the city's details removed. */
    publishDeidentified: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'MemoRequest' });
export type MemoRequest = z.infer<typeof memoRequestSchema>;

/** The memo's file as a member sees it listed; its bytes come from getMemoAttachment. */
export const memoAttachmentSchema = z
  .object({
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.int().check(z.positive()),
  })
  .register(z.globalRegistry, { id: 'MemoAttachment' });
export type MemoAttachment = z.infer<typeof memoAttachmentSchema>;

export const deliveredMemoSchema = z
  .object({
    deliveredAt: isoDateTime,
    author: personRefSchema,
    /** Rich text from MIP; the app shows it only through its one sanitising component. */
    bodyHtml: z.string(),
    /** The memo as a PDF or Word file, when MIP attached one. */
    attachment: z.nullable(memoAttachmentSchema),
  })
  .register(z.globalRegistry, { id: 'DeliveredMemo' });
export type DeliveredMemo = z.infer<typeof deliveredMemoSchema>;

/** One request with, once delivered, the memo itself. */
export const memoRequestDetailSchema = z
  .extend(memoRequestSchema, { memo: z.nullable(deliveredMemoSchema) })
  .register(z.globalRegistry, { id: 'MemoRequestDetail' });
export type MemoRequestDetail = z.infer<typeof memoRequestDetailSchema>;

const trimmed = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(min, { error: tooShort }), z.maxLength(max, { error: tooLong }));
const upTo = (max: number, tooLong: string) => z.string().check(z.trim(), z.maxLength(max, { error: tooLong }));

/** The limits a request and its draft share, so a draft that was kept can always be sent once complete. */
const TITLE_MAX = 120;
const TEXT_MAX = 4000;
const TOO_LONG = {
  title: 'Keep the title under 120 characters',
  question: 'Keep the question under 4,000 characters',
  background: 'Keep the background under 4,000 characters',
};

/**
 * A memo request as the member sends it. The request form validates with this same schema (plus a
 * date-in-the-future check that needs today's date), so the API and the form never disagree.
 */
export const memoRequestBodySchema = z
  .object({
    title: trimmed(
      1,
      TITLE_MAX,
      'Enter a short title for the memo, like “Regulating short-term rentals”',
      TOO_LONG.title,
    ),
    policyAreaId: z.string().check(z.minLength(1, { error: 'Choose the policy area closest to your question' })),
    question: trimmed(
      20,
      TEXT_MAX,
      'Describe the question in at least 20 characters, so MIP can scope the memo',
      TOO_LONG.question,
    ),
    background: z._default(upTo(TEXT_MAX, TOO_LONG.background), ''),
    /** When the memo would be most useful (a council vote, a budget hearing); null for no date. */
    desiredDate: z._default(z.nullable(isoDate), null),
  })
  .register(z.globalRegistry, { id: 'MemoRequestBody' });
export type MemoRequestBody = z.infer<typeof memoRequestBodySchema>;
export type MemoRequestBodyInput = z.input<typeof memoRequestBodySchema>;

/**
 * A request not sent yet, as its author left it: the request's fields and upper limits, none of its
 * minimums (a draft is unfinished by nature), and no policy area or date until one is chosen.
 */
export const memoDraftBodySchema = z
  .object({
    title: z._default(upTo(TITLE_MAX, TOO_LONG.title), ''),
    policyAreaId: z._default(z.nullable(id), null),
    question: z._default(upTo(TEXT_MAX, TOO_LONG.question), ''),
    background: z._default(upTo(TEXT_MAX, TOO_LONG.background), ''),
    desiredDate: z._default(z.nullable(isoDate), null),
  })
  .register(z.globalRegistry, { id: 'MemoDraftBody' });
export type MemoDraftBody = z.infer<typeof memoDraftBodySchema>;
export type MemoDraftBodyInput = z.input<typeof memoDraftBodySchema>;

export const memoDraftSchema = z
  .object({
    memberId: id,
    title: z.string(),
    policyAreaId: z.nullable(id),
    question: z.string(),
    background: z.string(),
    desiredDate: z.nullable(isoDate),
    savedAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'MemoDraft' });
export type MemoDraft = z.infer<typeof memoDraftSchema>;

export const memoPublicationBodySchema = z
  .object({ publishDeidentified: z.boolean() })
  .register(z.globalRegistry, { id: 'MemoPublicationBody' });

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
  createMemoRequest: defineEndpoint({
    operationId: 'createMemoRequest',
    method: 'POST',
    path: '/members/{memberId}/memo-requests',
    summary:
      "Requests a memo, using one of the membership year's allowance: checked and taken in one step (409 allowance_exhausted when none is left). Delegates need the memos scope; the request counts against the mayor's city.",
    tag: 'memos',
    auth: 'session',
    idempotencyKey: true,
    body: memoRequestBodySchema,
    response: memoRequestDetailSchema,
    successStatus: 201,
  }),
  getMemoDraft: defineEndpoint({
    operationId: 'getMemoDraft',
    method: 'GET',
    path: '/members/{memberId}/memo-draft',
    summary:
      "The signed-in person's unsent memo request for the city, or null when there is none. One per person and city; delegates need the memos scope; MIP staff previewing read the mayor's.",
    tag: 'memos',
    auth: 'session',
    response: z.nullable(memoDraftSchema),
  }),
  saveMemoDraft: defineEndpoint({
    operationId: 'saveMemoDraft',
    method: 'PUT',
    path: '/members/{memberId}/memo-draft',
    summary:
      "Keeps the signed-in person's unsent memo request for the city, replacing the one kept before: the request's fields and upper limits, none of its minimums. Kept when no memos are left, for when the allowance resets.",
    tag: 'memos',
    auth: 'session',
    body: memoDraftBodySchema,
    response: memoDraftSchema,
  }),
  deleteMemoDraft: defineEndpoint({
    operationId: 'deleteMemoDraft',
    method: 'DELETE',
    path: '/members/{memberId}/memo-draft',
    summary:
      "Discards the signed-in person's unsent memo request for the city; discarding none changes nothing. Sending a memo request discards it too.",
    tag: 'memos',
    auth: 'session',
    response: emptySchema,
    successStatus: 204,
  }),
  getMemoRequest: defineEndpoint({
    operationId: 'getMemoRequest',
    method: 'GET',
    path: '/memo-requests/{memoRequestId}',
    summary: 'One memo request with its timeline and, once delivered, the memo.',
    tag: 'memos',
    auth: 'session',
    response: memoRequestDetailSchema,
  }),
  withdrawMemoRequest: defineEndpoint({
    operationId: 'withdrawMemoRequest',
    method: 'POST',
    path: '/memo-requests/{memoRequestId}/withdraw',
    summary:
      'Withdraws a request MIP has not started on (status submitted); the memo goes back to the allowance. Withdrawing twice answers the withdrawn request; 409 once MIP has started.',
    tag: 'memos',
    auth: 'session',
    response: memoRequestDetailSchema,
  }),
  updateMemoPublication: defineEndpoint({
    operationId: 'updateMemoPublication',
    method: 'PUT',
    path: '/memo-requests/{memoRequestId}/publication',
    summary: 'Lets MIP publish a delivered memo with the city’s details removed, or takes that back.',
    tag: 'memos',
    auth: 'session',
    body: memoPublicationBodySchema,
    response: memoRequestDetailSchema,
  }),
  getMemoDocument: defineEndpoint({
    operationId: 'getMemoDocument',
    method: 'GET',
    path: '/memo-requests/{memoRequestId}/memo.html',
    summary: 'A delivered memo as a standalone HTML document to download, print or save as PDF (404 before delivery).',
    tag: 'memos',
    auth: 'session',
    responseType: 'text/html',
    response: z.string(),
  }),
  getMemoAttachment: defineEndpoint({
    operationId: 'getMemoAttachment',
    method: 'GET',
    path: '/memo-requests/{memoRequestId}/attachment',
    summary:
      'The file MIP attached to a delivered memo (a PDF or Word document), as a download (404 when there is none).',
    tag: 'memos',
    auth: 'session',
    responseType: 'file',
    fileMediaTypes: MEMO_FILE_MEDIA_TYPES,
    response: fileSchema,
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
