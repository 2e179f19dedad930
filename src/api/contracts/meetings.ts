import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDateTime, pageQuerySchema, paginated } from './common';

export const meetingKindSchema = z.enum(['winter', 'summer', 'invite_only']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const venueSchema = z
  .object({ name: z.string(), address: z.string(), city: z.string(), state: z.string() })
  .register(z.globalRegistry, { id: 'Venue' });

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
    capacity: z.nullable(z.int().check(z.positive())),
    seatsTaken: z.int().check(z.nonnegative()),
    travelSupportOffered: z.boolean(),
    briefingBookId: z.nullable(id),
    trackId: z.nullable(id),
  })
  .register(z.globalRegistry, { id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const agendaItemSchema = z
  .object({ startsAt: isoDateTime, title: z.string(), description: z.string() })
  .register(z.globalRegistry, { id: 'AgendaItem' });

export const meetingSchema = z
  .extend(meetingSummarySchema, { agenda: z.array(agendaItemSchema) })
  .register(z.globalRegistry, { id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const registrationStatusSchema = z.enum(['confirmed', 'waitlisted', 'cancelled']);
export const attendeeKindSchema = z.enum(['mayor', 'staff', 'council']);

export const travelSupportSchema = z
  .object({
    estimatedCostCents: cents,
    note: z.string(),
    status: z.enum(['requested', 'approved', 'declined']),
  })
  .register(z.globalRegistry, { id: 'TravelSupport' });

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
    waitlistPosition: z.nullable(z.int().check(z.positive())),
    travelSupport: z.nullable(travelSupportSchema),
    createdAt: isoDateTime,
    attribution: attributionSchema,
  })
  .register(z.globalRegistry, { id: 'Registration' });
export type Registration = z.infer<typeof registrationSchema>;

export const meetingListQuerySchema = z.extend(pageQuerySchema, {
  /** The member whose view this is: invite-only meetings show only to invited members. */
  memberId: id,
  when: z._default(z.enum(['upcoming', 'past', 'all']), 'all'),
  kind: z.optional(meetingKindSchema),
  year: z.optional(z.pipe(z.coerce.number(), z.int().check(z.minimum(2000), z.maximum(2100)))),
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
    response: paginated(meetingSummarySchema).register(z.globalRegistry, { id: 'MeetingPage' }),
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
    response: z.object({ items: z.array(registrationSchema) }).register(z.globalRegistry, { id: 'RegistrationList' }),
  }),
  getMeetingCalendar: defineEndpoint({
    operationId: 'getMeetingCalendar',
    method: 'GET',
    path: '/meetings/{meetingId}/calendar.ics',
    summary: 'The meeting as an iCalendar (RFC 5545) file for "Add to calendar"; same access as getMeeting.',
    tag: 'meetings',
    auth: 'session',
    query: z.object({ memberId: id }),
    responseType: 'text/calendar',
    response: z.string(),
  }),
};
