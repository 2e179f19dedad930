import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { emptySchema, id, isoDate, isoDateTime, pageQuerySchema, paginated, policyAreaSchema } from './common';

export const briefingBookSummarySchema = z
  .object({
    id,
    kind: z.enum(['briefing_book', 'resource']),
    title: z.string(),
    summary: z.string(),
    policyArea: policyAreaSchema,
    year: z.int(),
    meetingId: z.nullable(id),
    meetingTitle: z.nullable(z.string()),
    publishedOn: isoDate,
  })
  .register(z.globalRegistry, { id: 'BriefingBookSummary' });
export type BriefingBookSummary = z.infer<typeof briefingBookSummarySchema>;

export const speakerSchema = z
  .object({ name: z.string(), title: z.string(), city: z.nullable(z.string()) })
  .register(z.globalRegistry, { id: 'Speaker' });

export const readingSchema = z
  .object({
    title: z.string(),
    /**
     * The reading's own page, on another site (it opens in a new tab, without access to the hub);
     * null when it has none to link to, rather than a link to its publisher's home page.
     */
    url: z.nullable(z.url({ protocol: /^https?$/ })),
    source: z.string(),
  })
  .register(z.globalRegistry, { id: 'Reading' });

export const briefingBookSectionSchema = z
  .object({
    id,
    kind: z.enum(['panel', 'workshop', 'reading_list', 'background']),
    title: z.string(),
    /** Rich text from MIP; shown only through the app's sanitising component. */
    bodyHtml: z.string(),
    speakers: z.array(speakerSchema),
    readings: z.array(readingSchema),
  })
  .register(z.globalRegistry, { id: 'BriefingBookSection' });

/** One book or resource with its sections. */
export const briefingBookSchema = z
  .extend(briefingBookSummarySchema, {
    /** Rich text: the overview at the top of the book. */
    introductionHtml: z.string(),
    sections: z.array(briefingBookSectionSchema),
  })
  .register(z.globalRegistry, { id: 'BriefingBook' });
export type BriefingBook = z.infer<typeof briefingBookSchema>;

export const bookmarkSchema = z
  .object({ book: briefingBookSummarySchema, savedAt: isoDateTime })
  .register(z.globalRegistry, { id: 'Bookmark' });
export type Bookmark = z.infer<typeof bookmarkSchema>;

export const briefingBookListQuerySchema = z.extend(pageQuerySchema, {
  q: z.optional(z.string().check(z.maxLength(200))),
  policyArea: z.optional(id),
  meetingId: z.optional(id),
  year: z.optional(z.pipe(z.coerce.number(), z.int().check(z.minimum(2000), z.maximum(2100)))),
  sort: z._default(z.enum(['relevance', 'newest', 'oldest', 'title']), 'newest'),
});

export const briefingBookEndpoints = {
  listBriefingBooks: defineEndpoint({
    operationId: 'listBriefingBooks',
    method: 'GET',
    path: '/briefing-books',
    summary: 'Search and filter the library of briefing books and policy resources; one page.',
    tag: 'briefing-books',
    auth: 'session',
    query: briefingBookListQuerySchema,
    response: paginated(briefingBookSummarySchema).register(z.globalRegistry, { id: 'BriefingBookPage' }),
  }),
  getBriefingBook: defineEndpoint({
    operationId: 'getBriefingBook',
    method: 'GET',
    path: '/briefing-books/{bookId}',
    summary: 'One briefing book or resource with its sections: panels, speakers, readings.',
    tag: 'briefing-books',
    auth: 'session',
    response: briefingBookSchema,
  }),
  listBookmarks: defineEndpoint({
    operationId: 'listBookmarks',
    method: 'GET',
    path: '/people/{personId}/bookmarks',
    summary:
      "A person's saved books, most recently saved first (only their own; MIP staff previewing read the mayor's).",
    tag: 'briefing-books',
    auth: 'session',
    response: z.object({ items: z.array(bookmarkSchema) }).register(z.globalRegistry, { id: 'BookmarkList' }),
  }),
  addBookmark: defineEndpoint({
    operationId: 'addBookmark',
    method: 'PUT',
    path: '/people/{personId}/bookmarks/{bookId}',
    summary: 'Saves a book for the person; saving it again changes nothing.',
    tag: 'briefing-books',
    auth: 'session',
    response: bookmarkSchema,
  }),
  removeBookmark: defineEndpoint({
    operationId: 'removeBookmark',
    method: 'DELETE',
    path: '/people/{personId}/bookmarks/{bookId}',
    summary: 'Removes a saved book; removing one that is not saved changes nothing.',
    tag: 'briefing-books',
    auth: 'session',
    response: emptySchema,
    successStatus: 204,
  }),
};
