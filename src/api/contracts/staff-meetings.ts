import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { cents, fileSchema, id, isoDateTime, pageQuerySchema, paginated } from './common';
import {
  attendeeKindSchema,
  meetingKindSchema,
  meetingSchema,
  meetingSummarySchema,
  registrationStatusSchema,
  travelSupportStatusSchema,
} from './meetings';
import { MESSAGE_MAX, staffChange, staffText } from './staff-work';
import { US_STATE_CODES } from '../../lib/us-states';
import { US_TIME_ZONE_IDS } from '../../lib/us-time-zones';

/**
 * Meetings as MIP's programs staff keep them (issue 19): create and edit a meeting, invite cities
 * to an invite-only one, raise its capacity, cancel it, and see who's coming.
 */

/** A wall-clock time in the meeting's own zone, as a datetime-local field gives it: "2027-07-14T09:00". */
const wallTime = (what: string) =>
  z
    .string({ error: `Enter ${what} as a date and a time` })
    .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: `Enter ${what} as a date and a time` }));

export const MAX_AGENDA_ITEMS = 60;
export const MAX_CAPACITY = 10_000;

export const agendaItemInputSchema = z
  .object({
    startsAt: wallTime('when it starts'),
    title: staffText(1, 160, 'Name the agenda item', 'Keep the title under 160 characters'),
    description: z._default(staffText(0, 1000, '', 'Keep the description under 1,000 characters'), ''),
  })
  .register(z.globalRegistry, { id: 'AgendaItemInput' });
export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;

const meetingFields = z.object({
  kind: meetingKindSchema,
  title: staffText(1, 160, "Enter the meeting's title", 'Keep the title under 160 characters'),
  summary: staffText(
    1,
    MESSAGE_MAX,
    'Describe the meeting in a sentence or two',
    'Keep the description under 2,000 characters',
  ),
  timeZone: z.enum(US_TIME_ZONE_IDS, { error: 'Choose the time zone the venue is in' }),
  startsAt: wallTime('when the meeting starts'),
  endsAt: wallTime('when the meeting ends'),
  venue: z.object({
    name: staffText(1, 160, 'Enter the name of the venue', 'Keep the name under 160 characters'),
    address: staffText(1, 200, 'Enter the street address', 'Keep the address under 200 characters'),
    city: staffText(1, 80, 'Enter the city', 'Keep the city under 80 characters'),
    state: z.enum(US_STATE_CODES, { error: 'Choose the state' }),
  }),
  /** null: no limit. */
  capacity: z.nullable(
    z
      .int({ error: 'Enter the number of seats as a whole number, or choose no limit' })
      .check(
        z.positive({ error: 'Enter at least 1 seat, or choose no limit' }),
        z.maximum(MAX_CAPACITY, { error: 'Enter 10,000 seats or fewer' }),
      ),
  ),
  registrationOpensAt: wallTime('when registration opens'),
  registrationClosesAt: wallTime('when registration closes'),
  travelSupportOffered: z.boolean(),
  agenda: z._default(
    z
      .array(agendaItemInputSchema)
      .check(z.maxLength(MAX_AGENDA_ITEMS, { error: 'Keep the agenda to 60 items or fewer' })),
    [],
  ),
});

type MeetingFields = z.output<typeof meetingFields>;
const isWallTime = (value: unknown): value is string => typeof value === 'string' && value.length === 16;
/** Compares two wall times of one zone; a missing or malformed one is left to its own field's message. */
const ordered = (first: unknown, second: unknown, strictly: boolean) =>
  !isWallTime(first) || !isWallTime(second) || (strictly ? first < second : first <= second);

/**
 * A meeting as staff write it. The times are wall-clock times in `timeZone`, so they compare as
 * written; the rules that tie them together answer at the field that has to change.
 */
export const meetingInputSchema = meetingFields
  .check(
    z.refine((m: MeetingFields) => ordered(m.startsAt, m.endsAt, true), {
      path: ['endsAt'],
      error: 'The meeting has to end after it starts',
    }),
    z.refine((m: MeetingFields) => ordered(m.registrationClosesAt, m.startsAt, false), {
      path: ['registrationClosesAt'],
      error: 'Close registration before the meeting starts',
    }),
    z.refine((m: MeetingFields) => ordered(m.registrationOpensAt, m.registrationClosesAt, true), {
      path: ['registrationOpensAt'],
      error: 'Open registration before it closes',
    }),
    z.refine(
      (m: MeetingFields) =>
        !Array.isArray(m.agenda) ||
        m.agenda.every(
          (item) =>
            !isWallTime(item.startsAt) ||
            !isWallTime(m.startsAt) ||
            !isWallTime(m.endsAt) ||
            (item.startsAt.slice(0, 10) >= m.startsAt.slice(0, 10) && item.startsAt <= m.endsAt),
        ),
      { path: ['agenda'], error: "Put every agenda item within the meeting's dates" },
    ),
  )
  .register(z.globalRegistry, { id: 'MeetingInput' });
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingInputParsed = z.output<typeof meetingInputSchema>;

export const invitedCitySchema = z
  .object({
    memberId: id,
    city: z.string(),
    state: z.string(),
    /** The city's registrations still standing (confirmed or waiting): removing its invitation cancels them. */
    liveRegistrations: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'InvitedCity' });
export type InvitedCity = z.infer<typeof invitedCitySchema>;

/** A meeting as MIP's programs staff keep it. */
export const staffMeetingSchema = z
  .extend(meetingSchema, {
    canceledAt: z.nullable(isoDateTime),
    /** The calendar file's SEQUENCE: it rises with each change of time or place. */
    sequence: z.int().check(z.nonnegative()),
    /** null for a meeting open to every member; the invited cities of an invite-only one. */
    invitedCities: z.nullable(z.array(invitedCitySchema)),
    /** Changes with every change; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffMeeting' });
export type StaffMeeting = z.infer<typeof staffMeetingSchema>;

export const staffMeetingViewSchema = z.enum(['upcoming', 'past', 'canceled']);
export type StaffMeetingView = z.infer<typeof staffMeetingViewSchema>;

export const staffMeetingQuerySchema = z.extend(pageQuerySchema, {
  view: z._default(staffMeetingViewSchema, 'upcoming'),
});
export type StaffMeetingQuery = z.input<typeof staffMeetingQuerySchema>;

export const invitationsBodySchema = z
  .object({
    /** Every city invited once the change is made: a city left out is no longer invited. */
    memberIds: z.array(id).check(
      z.maxLength(1000, { error: 'Invite at most 1,000 cities' }),
      z.refine((ids) => new Set(ids).size === ids.length, { error: 'Choose each city once' }),
    ),
    /** Removing a city that has registrations cancels them: the page asks first, then sends true. */
    confirmCancelingRegistrations: z._default(z.boolean(), false),
  })
  .register(z.globalRegistry, { id: 'InvitationsBody' });
export type InvitationsBody = z.input<typeof invitationsBodySchema>;

/** What registrants read in the e-mail telling them; empty for none. */
export const cancelMessageSchema = staffText(
  0,
  MESSAGE_MAX,
  'Write registrants a message',
  'Keep the message under 2,000 characters',
);

export const meetingCancelBodySchema = z
  .object({ message: z._default(cancelMessageSchema, '') })
  .register(z.globalRegistry, { id: 'MeetingCancelBody' });
export type MeetingCancelBody = z.input<typeof meetingCancelBodySchema>;

/** One person registered, as the programs team plans the room: who, from where, and what they need. */
export const meetingAttendeeSchema = z
  .object({
    registrationId: id,
    memberId: id,
    city: z.string(),
    state: z.string(),
    attendee: z.object({
      kind: attendeeKindSchema,
      name: z.string(),
      title: z.string(),
      email: z.string(),
      dietaryNeeds: z.string(),
      accessibilityNeeds: z.string(),
      arrival: z.string(),
    }),
    status: registrationStatusSchema,
    /** 1 = next in line; null when confirmed. */
    waitlistPosition: z.nullable(z.int().check(z.positive())),
    travelSupport: z.nullable(
      z.object({
        status: travelSupportStatusSchema,
        estimatedCostCents: cents,
        approvedCents: z.nullable(cents),
      }),
    ),
    registeredAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'MeetingAttendee' });
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

export const meetingAttendeesSchema = z
  .object({
    /** Confirmed, then the waitlist in order; canceled registrations are not listed. */
    items: z.array(meetingAttendeeSchema),
    confirmed: z.int().check(z.nonnegative()),
    waitlisted: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'MeetingAttendees' });
export type MeetingAttendees = z.infer<typeof meetingAttendeesSchema>;

const meetingChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/meetings/{meetingId}${path}`,
    summary: `${summary} MIP programs staff only.`,
    body,
    response: staffMeetingSchema,
  });

export const staffMeetingEndpoints = {
  listStaffMeetings: defineEndpoint({
    operationId: 'listStaffMeetings',
    method: 'GET',
    path: '/staff/meetings',
    summary:
      'Every meeting, invite-only ones included: upcoming soonest first, past latest first, or canceled. MIP programs staff only.',
    tag: 'staff',
    auth: 'session',
    query: staffMeetingQuerySchema,
    response: paginated(meetingSummarySchema).register(z.globalRegistry, { id: 'StaffMeetingPage' }),
  }),
  getStaffMeeting: defineEndpoint({
    operationId: 'getStaffMeeting',
    method: 'GET',
    path: '/staff/meetings/{meetingId}',
    summary: 'A meeting as programs staff keep it: its fields, invited cities and version.',
    tag: 'staff',
    auth: 'session',
    response: staffMeetingSchema,
  }),
  createMeeting: defineEndpoint({
    operationId: 'createMeeting',
    method: 'POST',
    path: '/staff/meetings',
    summary:
      'Creates a meeting; an invite-only one starts with no city invited. Times are wall-clock times in its zone. MIP programs staff only.',
    tag: 'staff',
    auth: 'session',
    idempotencyKey: true,
    body: meetingInputSchema,
    response: staffMeetingSchema,
    successStatus: 201,
  }),
  updateMeeting: meetingChange(
    'updateMeeting',
    '',
    'Changes a meeting. A capacity below the seats taken is refused (422); a higher one seats the waitlist in order, and each city promoted is told. A change of time or place raises the calendar SEQUENCE.',
    meetingInputSchema,
  ),
  setMeetingInvitations: meetingChange(
    'setMeetingInvitations',
    '/invitations',
    'Sets the cities invited to an invite-only meeting. Removing a city with registrations cancels them, and is refused (409) unless confirmed.',
    invitationsBodySchema,
  ),
  cancelMeeting: meetingChange(
    'cancelMeeting',
    '/cancel',
    'Cancels a meeting that has not started; each registered city is told. Canceling twice answers the canceled meeting.',
    meetingCancelBodySchema,
  ),
  listMeetingAttendees: defineEndpoint({
    operationId: 'listMeetingAttendees',
    method: 'GET',
    path: '/staff/meetings/{meetingId}/attendees',
    summary: "Who's coming, by city: attendees, waitlist positions, travel support and needs. MIP programs staff only.",
    tag: 'staff',
    auth: 'session',
    response: meetingAttendeesSchema,
  }),
  getMeetingAttendeesCsv: defineEndpoint({
    operationId: 'getMeetingAttendeesCsv',
    method: 'GET',
    path: '/staff/meetings/{meetingId}/attendees.csv',
    summary:
      "Who's coming as a CSV file (UTF-8 with a byte-order mark; cells that would start a formula are neutralized). MIP programs staff only.",
    tag: 'staff',
    auth: 'session',
    responseType: 'file',
    fileMediaTypes: ['text/csv'],
    response: fileSchema,
  }),
};
