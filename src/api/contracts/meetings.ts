import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { attributionSchema, cents, id, isoDateTime, pageQuerySchema, paginated } from './common';

export const meetingKindSchema = z.enum(['winter', 'summer', 'invite_only']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

/** A canceled meeting stays listed, marked so, for the cities that planned around it. */
export const meetingStatusSchema = z.enum(['scheduled', 'canceled']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const venueSchema = z
  .object({ name: z.string(), address: z.string(), city: z.string(), state: z.string() })
  .register(z.globalRegistry, { id: 'Venue' });

export const meetingSummarySchema = z
  .object({
    id,
    kind: meetingKindSchema,
    status: meetingStatusSchema,
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
    /** How many people are waiting for a seat; someone registering now queues behind them. */
    waitlistLength: z.int().check(z.nonnegative()),
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

export const travelSupportStatusSchema = z.enum(['requested', 'approved', 'declined']);
export type TravelSupportStatus = z.infer<typeof travelSupportStatusSchema>;

export const travelSupportSchema = z
  .object({
    estimatedCostCents: cents,
    note: z.string(),
    status: travelSupportStatusSchema,
    /** What MIP covers once it approved; null while requested or when declined. */
    approvedCents: z.nullable(cents),
    /** MIP's message with an approval, or its reason for declining; null when none. */
    decisionNote: z.nullable(z.string()),
    /** When MIP decided; null while requested (and for decisions older than MIP's record). */
    decidedAt: z.nullable(isoDateTime),
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
      /** When and how they expect to arrive, in their own words ("Sunday evening, flight UA 412"). */
      arrival: z.string(),
    }),
    status: registrationStatusSchema,
    waitlistPosition: z.nullable(z.int().check(z.positive())),
    travelSupport: z.nullable(travelSupportSchema),
    createdAt: isoDateTime,
    attribution: attributionSchema,
  })
  .register(z.globalRegistry, { id: 'Registration' });
export type Registration = z.infer<typeof registrationSchema>;

const NEEDS_MAX = 500;
const needs = (what: string) =>
  z.string().check(z.trim(), z.maxLength(NEEDS_MAX, { error: `Keep ${what} under ${NEEDS_MAX} characters` }));

const needsFields = {
  dietaryNeeds: needs('dietary needs'),
  accessibilityNeeds: needs('accessibility needs'),
  arrival: z.string().check(z.trim(), z.maxLength(200, { error: 'Keep the arrival details under 200 characters' })),
};

/**
 * The needs an attendee can change after registering, until registration closes. A PATCH: a field
 * left out stays as it is; an empty string clears it.
 */
export const registrationNeedsSchema = z
  .object({
    dietaryNeeds: z.optional(needsFields.dietaryNeeds),
    accessibilityNeeds: z.optional(needsFields.accessibilityNeeds),
    arrival: z.optional(needsFields.arrival),
  })
  .register(z.globalRegistry, { id: 'RegistrationNeeds' });
export type RegistrationNeeds = z.infer<typeof registrationNeedsSchema>;

export const travelSupportRequestSchema = z
  .object({
    estimatedCostCents: z
      .int({ error: 'Enter the estimated cost in dollars, like 850' })
      .check(
        z.positive({ error: 'Enter an estimated cost above $0' }),
        z.maximum(2_000_000, { error: 'Enter an estimated cost of $20,000 or less' }),
      ),
    note: z.string().check(z.trim(), z.maxLength(500, { error: 'Keep the note under 500 characters' })),
  })
  .register(z.globalRegistry, { id: 'TravelSupportRequest' });
export type TravelSupportRequest = z.infer<typeof travelSupportRequestSchema>;

export const attendeeInputSchema = z
  .object({
    /** Needs are optional when registering: empty when left out. */
    dietaryNeeds: z._default(needsFields.dietaryNeeds, ''),
    accessibilityNeeds: z._default(needsFields.accessibilityNeeds, ''),
    arrival: z._default(needsFields.arrival, ''),
    kind: attendeeKindSchema,
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: "Enter the attendee's full name" }),
        z.maxLength(120, { error: 'Keep the name under 120 characters' }),
      ),
    title: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'Enter their job title, like Chief of Staff or Council Member' }),
        z.maxLength(120, { error: 'Keep the job title under 120 characters' }),
      ),
    email: z
      .email({ error: 'Enter an e-mail address like name@city.gov' })
      .check(z.maxLength(200, { error: 'Keep the e-mail address under 200 characters' })),
    /** Only where the meeting offers travel support: a request MIP approves or declines. */
    travelSupport: z._default(z.nullable(travelSupportRequestSchema), null),
  })
  .register(z.globalRegistry, { id: 'AttendeeInput' });
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

/** The most people one submission registers; a city can send more in further submissions. */
export const MAX_ATTENDEES_PER_SUBMISSION = 20;

export const registrationCreateBodySchema = z
  .object({
    meetingId: id,
    attendees: z.array(attendeeInputSchema).check(
      z.minLength(1, { error: 'Add at least one person to register' }),
      z.maxLength(MAX_ATTENDEES_PER_SUBMISSION, {
        error: `Register at most ${MAX_ATTENDEES_PER_SUBMISSION} people at a time`,
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'RegistrationCreateBody' });
export type RegistrationCreateBody = z.infer<typeof registrationCreateBodySchema>;

const registrationListSchema = z
  .object({ items: z.array(registrationSchema) })
  .register(z.globalRegistry, { id: 'RegistrationList' });

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
    response: registrationListSchema,
  }),
  createRegistrations: defineEndpoint({
    operationId: 'createRegistrations',
    method: 'POST',
    path: '/members/{memberId}/registrations',
    summary:
      'Registers one or more people for a meeting while registration is open. Each takes a seat if one is left, or joins the waitlist, checked and taken in one step. 409 when closed or already registered; 403 outside the meetings scope.',
    tag: 'meetings',
    auth: 'session',
    idempotencyKey: true,
    body: registrationCreateBodySchema,
    response: registrationListSchema,
    successStatus: 201,
  }),
  updateRegistration: defineEndpoint({
    operationId: 'updateRegistration',
    method: 'PATCH',
    path: '/registrations/{registrationId}',
    summary: "Changes an attendee's dietary and accessibility needs and arrival, until registration closes.",
    tag: 'meetings',
    auth: 'session',
    body: registrationNeedsSchema,
    response: registrationSchema,
  }),
  cancelRegistration: defineEndpoint({
    operationId: 'cancelRegistration',
    method: 'POST',
    path: '/registrations/{registrationId}/cancel',
    summary:
      'Cancels a registration until the meeting starts. A freed seat goes to the first on the waitlist. Canceling twice answers the canceled registration.',
    tag: 'meetings',
    auth: 'session',
    response: registrationSchema,
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
