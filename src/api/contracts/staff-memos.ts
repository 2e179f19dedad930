import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { personRefSchema } from './common';
import { MEMO_FILE_MAX_BYTES, MEMO_FILE_WORDS } from '../../lib/memo-file';
import { memoAllowanceSchema, memoRequestDetailSchema } from './memos';
import {
  internalNoteSchema,
  MESSAGE_MAX,
  staffActionSchema,
  staffChange,
  staffReasonSchema,
  staffText,
} from './staff-work';

/** A memo request as MIP's policy staff work it: the member's view plus what only MIP sees. */
export const staffMemoRequestSchema = z
  .extend(memoRequestDetailSchema, {
    city: z.string(),
    state: z.string(),
    allowance: memoAllowanceSchema,
    assignee: z.nullable(personRefSchema),
    /** Who may be assigned: MIP staff who work in policy. */
    assignable: z.array(personRefSchema),
    internalNotes: z.array(internalNoteSchema),
    actions: z.array(staffActionSchema),
    /** Changes with every change to the request; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffMemoRequest' });
export type StaffMemoRequest = z.infer<typeof staffMemoRequestSchema>;

const message = staffText(
  10,
  MESSAGE_MAX,
  'Write the member a message of at least 10 characters',
  'Keep the message under 2,000 characters',
);

export const memoAssignBodySchema = z
  .object({ assigneeId: z.string().check(z.minLength(1, { error: 'Choose who works on this request' })) })
  .register(z.globalRegistry, { id: 'MemoAssignBody' });
export type MemoAssignBody = z.infer<typeof memoAssignBodySchema>;

export const memoProgressBodySchema = z
  .object({ status: z.enum(['scoping', 'in_progress']), message })
  .register(z.globalRegistry, { id: 'MemoProgressBody' });
export type MemoProgressBody = z.infer<typeof memoProgressBodySchema>;

export const memoNoteBodySchema = z
  .object({
    text: staffText(1, MESSAGE_MAX, 'Write the note', 'Keep the note under 2,000 characters'),
  })
  .register(z.globalRegistry, { id: 'MemoNoteBody' });
export type MemoNoteBody = z.infer<typeof memoNoteBodySchema>;

export const memoDeclineBodySchema = z
  .object({ reason: staffReasonSchema })
  .register(z.globalRegistry, { id: 'MemoDeclineBody' });
export type MemoDeclineBody = z.infer<typeof memoDeclineBodySchema>;

export const MEMO_TEXT_MAX = 100_000;

/** A 10 MB file as base64 is 4/3 as long; the API reads the bytes to check their size and kind. */
const BASE64_MAX = Math.ceil(MEMO_FILE_MAX_BYTES / 3) * 4;

export const memoFileUploadSchema = z
  .object({
    /** The name on the uploader's computer; the download gets a cleaned name ending as the file is. */
    fileName: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'Name the file' }),
        z.maxLength(255, { error: 'Keep the file name under 255 characters' }),
      ),
    contentBase64: z
      .base64({ error: MEMO_FILE_WORDS.unreadable })
      .check(
        z.minLength(1, { error: MEMO_FILE_WORDS.empty }),
        z.maxLength(BASE64_MAX, { error: MEMO_FILE_WORDS.tooLarge }),
      ),
  })
  .register(z.globalRegistry, { id: 'MemoFileUpload' });
export type MemoFileUpload = z.infer<typeof memoFileUploadSchema>;
export const memoDeliverBodySchema = z
  .object({
    /** The memo as plain text: paragraphs separated by a blank line; "- " starts a list item. */
    text: staffText(
      200,
      MEMO_TEXT_MAX,
      'Write the memo: at least 200 characters',
      'Keep the memo under 100,000 characters; attach a longer one as a file',
    ),
    /** The memo as a file too, if MIP wrote one: a PDF or a .docx, checked by its content (memo-file.ts). */
    attachment: z.optional(z.nullable(memoFileUploadSchema)),
  })
  .register(z.globalRegistry, { id: 'MemoDeliverBody' });
export type MemoDeliverBody = z.infer<typeof memoDeliverBodySchema>;

/** A change to one memo request by MIP's policy staff: the request as it now stands comes back. */
const staffMemoChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/memo-requests/{memoRequestId}${path}`,
    summary: `${summary} MIP policy staff only.`,
    body,
    response: staffMemoRequestSchema,
  });

export const staffMemoEndpoints = {
  getStaffMemoRequest: defineEndpoint({
    operationId: 'getStaffMemoRequest',
    method: 'GET',
    path: '/staff/memo-requests/{memoRequestId}',
    summary: "A memo request as MIP's policy staff work it: the request, the city's allowance, notes and actions.",
    tag: 'staff',
    auth: 'session',
    response: staffMemoRequestSchema,
  }),
  assignMemoRequest: staffMemoChange(
    'assignMemoRequest',
    '/assign',
    'Gives the request to a member of the policy staff.',
    memoAssignBodySchema,
  ),
  progressMemoRequest: staffMemoChange(
    'progressMemoRequest',
    '/progress',
    'Moves an open request to scoping or in progress, with a message the member sees.',
    memoProgressBodySchema,
  ),
  addMemoNote: staffMemoChange(
    'addMemoNote',
    '/notes',
    'Adds an internal note, which the member never sees.',
    memoNoteBodySchema,
  ),
  declineMemoRequest: staffMemoChange(
    'declineMemoRequest',
    '/decline',
    'Declines an open request with a reason the member sees; the memo goes back to the allowance.',
    memoDeclineBodySchema,
  ),
  deliverMemoRequest: {
    ...staffMemoChange(
      'deliverMemoRequest',
      '/deliver',
      "Delivers the memo: its text, shown in the member's hub, and optionally the memo as a PDF or Word file (up to 10 MB, base64) to download.",
      memoDeliverBodySchema,
    ),
    maxBodyBytes: 15_000_000,
  },
};
