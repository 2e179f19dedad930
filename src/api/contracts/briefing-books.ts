import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate, pageQuerySchema, paginated, policyAreaSchema } from './common';

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
};
