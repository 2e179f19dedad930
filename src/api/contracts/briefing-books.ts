import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { id, isoDate, pageQuerySchema, paginated, policyAreaSchema } from './common';

export const briefingBookSummarySchema = z
  .object({
    id,
    kind: z.enum(['briefing_book', 'resource']),
    title: z.string(),
    summary: z.string(),
    policyArea: policyAreaSchema,
    year: z.number().int(),
    meetingId: id.nullable(),
    meetingTitle: z.string().nullable(),
    publishedOn: isoDate,
  })
  .meta({ id: 'BriefingBookSummary' });
export type BriefingBookSummary = z.infer<typeof briefingBookSummarySchema>;

export const briefingBookListQuerySchema = pageQuerySchema.extend({
  q: z.string().max(200).optional(),
  policyArea: id.optional(),
  meetingId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  sort: z.enum(['relevance', 'newest', 'oldest', 'title']).default('newest'),
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
    response: paginated(briefingBookSummarySchema).meta({ id: 'BriefingBookPage' }),
  }),
};
