import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, pageQuerySchema, paginated, policyAreaSchema } from './common';

/** Who a directory entry is: a member city's mayor, senior city staff, or one of MIP's policy experts. */
export const directoryKindSchema = z.enum(['mayor', 'city_staff', 'mip_expert']);

/**
 * One person as the directory shows them. Never carries track memberships or self-identification:
 * the Women Mayors' Network is private, and the directory is seen by every member.
 */
export const directoryEntrySchema = z
  .object({
    personId: id,
    name: z.string(),
    title: z.nullable(z.string()),
    kind: directoryKindSchema,
    city: z.nullable(z.string()),
    state: z.nullable(z.string()),
    email: z.email(),
    policyAreas: z.array(policyAreaSchema),
  })
  .register(z.globalRegistry, { id: 'DirectoryEntry' });
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryQuerySchema = z.extend(pageQuerySchema, {
  /** Words from a name, city or state ("chen", "dayton oh"). */
  q: z.optional(z.string().check(z.maxLength(200))),
  state: z.optional(z.string().check(z.length(2))),
  policyArea: z.optional(id),
  kind: z.optional(directoryKindSchema),
});

/** A person's own entry: whether they are listed, and exactly how the entry looks to others. */
export const directoryListingSchema = z
  .object({ listed: z.boolean(), entry: directoryEntrySchema })
  .register(z.globalRegistry, { id: 'DirectoryListing' });
export type DirectoryListing = z.infer<typeof directoryListingSchema>;

export const directoryListingBodySchema = z
  .object({ listed: z.boolean() })
  .register(z.globalRegistry, { id: 'DirectoryListingBody' });

export const emailPreferencesSchema = z
  .object({
    newsletter: z.boolean(),
    meetingAnnouncements: z.boolean(),
    trackNews: z.boolean(),
    /** Updates on the city's requests: memos, travel support, dues, the application (issue 17). */
    requestUpdates: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'EmailPreferences' });
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

export const networkEndpoints = {
  searchDirectory: defineEndpoint({
    operationId: 'searchDirectory',
    method: 'GET',
    path: '/directory',
    summary:
      'Listed people of the network, by name, city, state, policy area or kind; one page. Member cities and MIP staff only.',
    tag: 'network',
    auth: 'session',
    query: directoryQuerySchema,
    response: paginated(directoryEntrySchema).register(z.globalRegistry, { id: 'DirectoryPage' }),
  }),
  getDirectoryListing: defineEndpoint({
    operationId: 'getDirectoryListing',
    method: 'GET',
    path: '/people/{personId}/directory-listing',
    summary: "The person's own directory entry and whether it is listed (only the person themself).",
    tag: 'network',
    auth: 'session',
    response: directoryListingSchema,
  }),
  updateDirectoryListing: defineEndpoint({
    operationId: 'updateDirectoryListing',
    method: 'PUT',
    path: '/people/{personId}/directory-listing',
    summary: 'Lists or unlists the person in the directory (only the person themself).',
    tag: 'network',
    auth: 'session',
    body: directoryListingBodySchema,
    response: directoryListingSchema,
  }),
  getEmailPreferences: defineEndpoint({
    operationId: 'getEmailPreferences',
    method: 'GET',
    path: '/people/{personId}/email-preferences',
    summary: "Which e-mail updates the person gets (only the person themself; MIP staff previewing read the mayor's).",
    tag: 'network',
    auth: 'session',
    response: emailPreferencesSchema,
  }),
  updateEmailPreferences: defineEndpoint({
    operationId: 'updateEmailPreferences',
    method: 'PUT',
    path: '/people/{personId}/email-preferences',
    summary: 'Sets every e-mail preference at once (only the person themself).',
    tag: 'network',
    auth: 'session',
    body: emailPreferencesSchema,
    response: emailPreferencesSchema,
  }),
};
