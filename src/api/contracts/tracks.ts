import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate } from './common';
import { readingSchema } from './briefing-books';

export const trackIdSchema = z.enum(['womens-network', 'first-term']);
export type TrackId = z.infer<typeof trackIdSchema>;

export const trackSchema = z
  .object({
    id: trackIdSchema,
    name: z.string(),
    summary: z.string(),
    /** Identity tracks are joined only by the mayor themself, and membership stays private. */
    identity: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'Track' });
export type Track = z.infer<typeof trackSchema>;

/** A track's page: what it offers, who it is for, and its resources (its meetings come from Meetings). */
export const trackDetailSchema = z
  .extend(trackSchema, {
    whoFor: z.string(),
    offers: z.array(z.string()),
    /** What joining means, in plain words, shown before the mayor joins (privacy for identity tracks). */
    joiningMeans: z.string(),
    resources: z.array(readingSchema),
  })
  .register(z.globalRegistry, { id: 'TrackDetail' });
export type TrackDetail = z.infer<typeof trackDetailSchema>;

export const trackEligibilitySchema = z
  .object({
    trackId: trackIdSchema,
    eligible: z.boolean(),
    /** Why, in a sentence: "Your first term began on Jan 6, 2025, less than four years ago." */
    reason: z.string(),
  })
  .register(z.globalRegistry, { id: 'TrackEligibility' });

export const personTracksSchema = z
  .object({
    personId: id,
    /** Identity-track memberships are left out unless the viewer is the person themself (or MIP in preview). */
    memberships: z.array(z.object({ trackId: trackIdSchema, joinedOn: isoDate })),
    /**
     * Whether the person may join each track, for the person themself, their delegates and MIP in
     * preview; empty for anyone else. Identity tracks say only that joining is the mayor's own choice.
     */
    eligibility: z.array(trackEligibilitySchema),
  })
  .register(z.globalRegistry, { id: 'PersonTracks' });
export type PersonTracks = z.infer<typeof personTracksSchema>;

export const trackEndpoints = {
  listTracks: defineEndpoint({
    operationId: 'listTracks',
    method: 'GET',
    path: '/tracks',
    summary: 'The special programs a mayor can join.',
    tag: 'tracks',
    auth: 'session',
    response: z.object({ items: z.array(trackSchema) }).register(z.globalRegistry, { id: 'TrackList' }),
  }),
  getTrack: defineEndpoint({
    operationId: 'getTrack',
    method: 'GET',
    path: '/tracks/{trackId}',
    summary: 'One track: who it is for, what it offers, what joining means, its resources.',
    tag: 'tracks',
    auth: 'session',
    response: trackDetailSchema,
  }),
  joinTrack: defineEndpoint({
    operationId: 'joinTrack',
    method: 'PUT',
    path: '/people/{personId}/tracks/{trackId}',
    summary:
      "Joins a track. Identity tracks (the Women Mayors' Network) only by the mayor themself (403 self_only for a delegate); first-term only when eligible (409 not_eligible). Joining twice changes nothing.",
    tag: 'tracks',
    auth: 'session',
    response: personTracksSchema,
  }),
  leaveTrack: defineEndpoint({
    operationId: 'leaveTrack',
    method: 'DELETE',
    path: '/people/{personId}/tracks/{trackId}',
    summary:
      'Leaves a track (for identity tracks, only the mayor themself); leaving removes every trace of the membership.',
    tag: 'tracks',
    auth: 'session',
    response: personTracksSchema,
  }),
  getPersonTracks: defineEndpoint({
    operationId: 'getPersonTracks',
    method: 'GET',
    path: '/people/{personId}/tracks',
    summary: 'The tracks a person has joined, as far as the viewer may see.',
    tag: 'tracks',
    auth: 'session',
    response: personTracksSchema,
  }),
};
