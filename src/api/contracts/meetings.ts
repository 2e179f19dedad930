import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDateTime, pageQuerySchema, paginated } from './common';

export const meetingKindSchema = z.enum(['winter', 'summer', 'invite_only']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const venueSchema = z
  .object({ name: z.string(), address: z.string(), city: z.string(), state: z.string() })
  .meta({ id: 'Venue' });

export const meetingSummarySchema = z
  .object({
    id,
    kind: meetingKindSchema,
    title: z.string(),
    summary: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    /** IANA zone the meeting happens in; dates are shown in it. */
    timeZone: z.string(),
    venue: venueSchema,
    registrationOpensAt: isoDateTime,
    registrationClosesAt: isoDateTime,
    /** null: no cap. */
    capacity: z.number().int().positive().nullable(),
    seatsTaken: z.number().int().nonnegative(),
    travelSupportOffered: z.boolean(),
    briefingBookId: id.nullable(),
    trackId: id.nullable(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const agendaItemSchema = z
  .object({ startsAt: isoDateTime, title: z.string(), description: z.string() })
  .meta({ id: 'AgendaItem' });

export const meetingSchema = meetingSummarySchema
  .extend({ agenda: z.array(agendaItemSchema) })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const registrationStatusSchema = z.enum(['confirmed', 'waitlisted', 'cancelled']);
export const attendeeKindSchema = z.enum(['mayor', 'staff', 'council']);

export const travelSupportSchema = z
  .object({
    estimatedCostCents: cents,
    note: z.string(),
    status: z.enum(['requested', 'approved', 'declined']),
  })
  .meta({ id: 'TravelSupport' });

export const registrationSchema = z
  .object({
    id,
    meetingId: id,
    memberId: id,
    attendee: z.object({
      kind: attendeeKindSchema,
      name: z.string(),
      title: z.string(),
      email: z.email(),
      dietaryNeeds: z.string(),
      accessibilityNeeds: z.string(),
    }),
    status: registrationStatusSchema,
    waitlistPosition: z.number().int().positive().nullable(),
    travelSupport: travelSupportSchema.nullable(),
    createdAt: isoDateTime,
    attribution: attributionSchema,
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof registrationSchema>;

export const meetingListQuerySchema = pageQuerySchema.extend({
  /** The member whose view this is: invite-only meetings show only to invited members. */
  memberId: id,
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  kind: meetingKindSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const meetingEndpoints = {
  listMeetings: defineEndpoint({
    operationId: 'listMeetings',
    method: 'GET',
    path: '/meetings',
    summary: 'Meetings visible to a member: upcoming soonest first, past latest first.',
    tag: 'meetings',
    auth: 'session',
    query: meetingListQuerySchema,
    response: paginated(meetingSummarySchema).meta({ id: 'MeetingPage' }),
  }),
  getMeeting: defineEndpoint({
    operationId: 'getMeeting',
    method: 'GET',
    path: '/meetings/{meetingId}',
    summary: 'One meeting with its agenda (404 when invite-only and not invited).',
    tag: 'meetings',
    auth: 'session',
    query: z.object({ memberId: id }),
    response: meetingSchema,
  }),
  listRegistrations: defineEndpoint({
    operationId: 'listRegistrations',
    method: 'GET',
    path: '/members/{memberId}/registrations',
    summary: "The city's registrations, all meetings.",
    tag: 'meetings',
    auth: 'session',
    response: z.object({ items: z.array(registrationSchema) }).meta({ id: 'RegistrationList' }),
  }),
};
