import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate, isoDateTime, pageQuerySchema, paginated } from './common';
import { briefingBookSchema, briefingBookSectionSchema, briefingBookSummarySchema } from './briefing-books';
import { staffChange, staffText } from './staff-work';

/**
 * Briefing books and policy resources as MIP's programs and policy staff keep them (issue 19):
 * write one as a draft, preview it as a member sees it, publish it to the library, unpublish it.
 * Rich text arrives as HTML and is sanitized on the way in (server/rules/staff-library.ts keeps
 * the tags of src/lib/rich-text.ts) and again on the way out (SafeHtml).
 */

export const bookStatusSchema = z.enum(['draft', 'published']);
export type BookStatus = z.infer<typeof bookStatusSchema>;

export const RICH_TEXT_MAX = 20_000;
export const MAX_SECTIONS = 30;
export const MAX_SPEAKERS = 12;
export const MAX_READINGS = 30;

/** An id picked from a list the form offers: empty is "nothing chosen yet", in words. */
const choice = (nothingChosen: string) =>
  z.pipe(z.string({ error: nothingChosen }).check(z.minLength(1, { error: nothingChosen })), id);

/** HTML a person wrote in the editor; only its length is checked here, its tags on the way in. */
const richText = (tooLong: string) => z.string().check(z.maxLength(RICH_TEXT_MAX, { error: tooLong }));

export const speakerInputSchema = z
  .object({
    name: staffText(1, 120, "Enter the speaker's name", 'Keep the name under 120 characters'),
    title: z._default(staffText(0, 160, '', 'Keep the title under 160 characters'), ''),
    /** Empty: the speaker is not from a city (a federal official, a researcher). */
    city: z._default(staffText(0, 80, '', 'Keep the city under 80 characters'), ''),
  })
  .register(z.globalRegistry, { id: 'SpeakerInput' });

export const readingInputSchema = z
  .object({
    title: staffText(1, 200, 'Enter the title of the reading', 'Keep the title under 200 characters'),
    /** Its own page on the web; null: nothing to link to. */
    url: z._default(
      z.nullable(z.url({ protocol: /^https?$/, error: 'Enter a web address that starts with https://' })),
      null,
    ),
    source: z._default(staffText(0, 120, '', 'Keep the source under 120 characters'), ''),
  })
  .register(z.globalRegistry, { id: 'ReadingInput' });

export const bookSectionInputSchema = z
  .object({
    kind: briefingBookSectionSchema.shape.kind,
    title: staffText(1, 160, 'Name the section', 'Keep the title under 160 characters'),
    bodyHtml: z._default(richText("Keep the section's text under 20,000 characters"), ''),
    speakers: z._default(
      z.array(speakerInputSchema).check(z.maxLength(MAX_SPEAKERS, { error: 'Keep to 12 speakers or fewer' })),
      [],
    ),
    readings: z._default(
      z.array(readingInputSchema).check(z.maxLength(MAX_READINGS, { error: 'Keep to 30 readings or fewer' })),
      [],
    ),
  })
  .register(z.globalRegistry, { id: 'BookSectionInput' });
export type BookSectionInput = z.input<typeof bookSectionInputSchema>;

const bookFields = z.object({
  kind: briefingBookSummarySchema.shape.kind,
  title: staffText(1, 160, 'Enter the title', 'Keep the title under 160 characters'),
  summary: staffText(1, 600, 'Say what it is about in a sentence or two', 'Keep the summary under 600 characters'),
  policyArea: choice('Choose a policy area'),
  /** A briefing book belongs to a meeting; a resource may name one or none. */
  meetingId: z._default(z.nullable(choice('Choose a meeting from the list')), null),
  introductionHtml: z._default(richText('Keep the introduction under 20,000 characters'), ''),
  sections: z._default(
    z
      .array(bookSectionInputSchema)
      .check(z.maxLength(MAX_SECTIONS, { error: 'Keep the book to 30 sections or fewer' })),
    [],
  ),
});

export const bookInputSchema = bookFields
  .check((ctx) => {
    if (ctx.value.kind === 'briefing_book' && ctx.value.meetingId === null) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.meetingId,
        path: ['meetingId'],
        message: 'Choose the meeting this briefing book is for',
      });
    }
  })
  .register(z.globalRegistry, { id: 'BookInput' });
export type BookInput = z.input<typeof bookInputSchema>;
export type BookFields = z.output<typeof bookInputSchema>;

/** A book as staff keep it: what a member would read, and where it stands. */
export const staffBookSchema = z
  .extend(briefingBookSchema, {
    /** Null until it is first published; kept when it is unpublished and published again. */
    publishedOn: z.nullable(isoDate),
    status: bookStatusSchema,
    version: z.int().check(z.nonnegative()),
    updatedAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'StaffBook' });
export type StaffBook = z.infer<typeof staffBookSchema>;

export const staffBookSummarySchema = z
  .extend(briefingBookSummarySchema, {
    publishedOn: z.nullable(isoDate),
    status: bookStatusSchema,
    updatedAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'StaffBookSummary' });
export type StaffBookSummary = z.infer<typeof staffBookSummarySchema>;

export const staffBookQuerySchema = z.extend(pageQuerySchema, {
  /** Absent: drafts and published alike. */
  status: z.optional(bookStatusSchema),
  q: z.optional(z.string().check(z.maxLength(200))),
});

const bookChange = (operationId: string, path: string, summary: string) =>
  staffChange({
    operationId,
    path: `/staff/briefing-books/{bookId}${path}`,
    summary: `${summary} MIP programs and policy staff only.`,
    body: z.object({}),
    response: staffBookSchema,
  });

export const staffLibraryEndpoints = {
  listStaffBooks: defineEndpoint({
    operationId: 'listStaffBooks',
    method: 'GET',
    path: '/staff/briefing-books',
    summary:
      'Briefing books and resources, drafts included, most recently changed first. MIP programs and policy staff only.',
    tag: 'staff',
    auth: 'session',
    query: staffBookQuerySchema,
    response: paginated(staffBookSummarySchema).register(z.globalRegistry, { id: 'StaffBookPage' }),
  }),
  getStaffBook: defineEndpoint({
    operationId: 'getStaffBook',
    method: 'GET',
    path: '/staff/briefing-books/{bookId}',
    summary: 'A book or resource as staff keep it, draft or published, with its sections and version.',
    tag: 'staff',
    auth: 'session',
    response: staffBookSchema,
  }),
  createBook: defineEndpoint({
    operationId: 'createBook',
    method: 'POST',
    path: '/staff/briefing-books',
    summary:
      'Writes a new briefing book or resource as a draft; its rich text is sanitized. MIP programs and policy staff only.',
    tag: 'staff',
    auth: 'session',
    idempotencyKey: true,
    body: bookInputSchema,
    response: staffBookSchema,
    successStatus: 201,
  }),
  updateBook: staffChange({
    operationId: 'updateBook',
    path: '/staff/briefing-books/{bookId}',
    summary:
      'Changes a book or resource; a published one shows the change in the library at once. MIP programs and policy staff only.',
    body: bookInputSchema,
    response: staffBookSchema,
  }),
  publishBook: bookChange(
    'publishBook',
    '/publish',
    'Publishes a draft to the library; publishing a published book answers it unchanged.',
  ),
  unpublishBook: bookChange(
    'unpublishBook',
    '/unpublish',
    'Takes a book out of the library back to draft; members who saved it no longer see it.',
  ),
};
