import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate } from './common';

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

export const personTracksSchema = z
  .object({
    personId: id,
    /** Identity-track memberships are left out unless the viewer is the person themself (or MIP in preview). */
    memberships: z.array(z.object({ trackId: trackIdSchema, joinedOn: isoDate })),
  })
  .register(z.globalRegistry, { id: 'PersonTracks' });
export type PersonTracks = z.infer<typeof personTracksSchema>;

export const trackEndpoints = {
  listTracks: defineEndpoint({
    operationId: 'listTracks',
    method: 'GET',
    path: '/tracks',
    summary: 'The special programmes a mayor can join.',
    tag: 'tracks',
    auth: 'session',
    response: z.object({ items: z.array(trackSchema) }).register(z.globalRegistry, { id: 'TrackList' }),
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
