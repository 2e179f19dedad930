import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MeetingRow } from '../db/rows/meetings';
import { requireMemberAccess } from '../lib/access';
import { recordDelegateAction } from '../lib/access-log';
import { attendeeName, registeredWords } from '../lib/access-log-words';
import { HttpError, notFound } from '../lib/http-error';
import { isVisibleTo, meetingSummaryView, meetingView, registrationView } from '../lib/meetings';
import { paginate } from '../lib/paginate';
import { buildCalendar } from '../lib/ics';
import { findRegistration, meetingOf, registerAttendees } from '../lib/registrations';
import { requireNeedsEditable, requireNotStarted } from '../lib/registration-window';
import { route } from '../lib/route';
import { fillFreeSeats } from '../lib/seats';

const byStart = (a: MeetingRow, b: MeetingRow): number => a.startsAt.localeCompare(b.startsAt);
const startMs = (m: MeetingRow): number => Date.parse(m.startsAt);

const WRITE_MEETINGS = { scope: 'meetings', write: true } as const;

/** An invite-only meeting the city was not invited to does not exist for it (404, not 403). */
function visibleMeeting(meetingId: string | undefined, memberId: string): MeetingRow {
  const meeting = getDb().meetings.find((m) => m.id === meetingId);
  if (!meeting || !isVisibleTo(meeting, memberId)) throw notFound('That meeting');
  return meeting;
}

export const meetingRoutes = [
  route(endpoints.listMeetings, ({ query, session }) => {
    requireMemberAccess(session, query.memberId);
    const now = clock.now().getTime();
    let meetings = getDb()
      .meetings.filter((m) => isVisibleTo(m, query.memberId))
      .filter((m) => !query.kind || m.kind === query.kind)
      // The year a meeting happens in, in its own zone (startsAt carries that zone's offset).
      .filter((m) => query.year === undefined || Number(m.startsAt.slice(0, 4)) === query.year);
    if (query.when === 'upcoming') meetings = meetings.filter((m) => startMs(m) >= now).sort(byStart);
    else if (query.when === 'past') meetings = meetings.filter((m) => startMs(m) < now).sort((a, b) => byStart(b, a));
    else meetings = [...meetings].sort((a, b) => byStart(b, a));
    const page = paginate(meetings, query.page, query.pageSize);
    return { ...page, items: page.items.map((m) => meetingSummaryView(m)) };
  }),

  route(endpoints.getMeeting, ({ params, query, session }) => {
    requireMemberAccess(session, query.memberId);
    return meetingView(visibleMeeting(params.meetingId, query.memberId));
  }),

  route(endpoints.getMeetingCalendar, ({ params, query, session }) => {
    requireMemberAccess(session, query.memberId);
    const meeting = visibleMeeting(params.meetingId, query.memberId);
    const { venue } = meeting;
    return buildCalendar({
      uid: `${meeting.id}@mayorsinnovation.example`,
      stamp: clock.now(),
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      summary: meeting.title,
      location: `${venue.name}, ${venue.address}, ${venue.city}, ${venue.state}`,
      description: meeting.summary,
    });
  }),

  route(endpoints.listRegistrations, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { scope: 'meetings' });
    const items = getDb()
      .registrations.filter((r) => r.memberId === member.id)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    return { items: items.map(registrationView) };
  }),

  route(endpoints.createRegistrations, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_MEETINGS);
    const meeting = visibleMeeting(body.meetingId, access.member.id);
    const rows = registerAttendees(access, meeting, body.attendees);
    recordDelegateAction(access, registeredWords(rows, meeting.title));
    return { items: rows.map(registrationView) };
  }),

  route(endpoints.updateRegistration, ({ params, body, session }) => {
    const row = findRegistration(params.registrationId);
    const access = requireMemberAccess(session, row.memberId, WRITE_MEETINGS);
    if (row.status === 'cancelled') {
      throw new HttpError(
        409,
        'registration_cancelled',
        'This registration was canceled, so it can no longer be changed.',
      );
    }
    const meeting = meetingOf(row);
    requireNeedsEditable(meeting);
    // A PATCH: what the body leaves out stays as it was.
    const { dietaryNeeds, accessibilityNeeds, arrival } = { ...row.attendee, ...body };
    row.attendee = { ...row.attendee, dietaryNeeds, accessibilityNeeds, arrival };
    recordDelegateAction(access, `Changed the registration of ${attendeeName(row)} for the ${meeting.title}`);
    return registrationView(row);
  }),

  route(endpoints.cancelRegistration, ({ params, session }) => {
    const row = findRegistration(params.registrationId);
    const access = requireMemberAccess(session, row.memberId, WRITE_MEETINGS);
    // A retried cancel (the answer was lost on the way) is harmless: it answers the same thing.
    if (row.status === 'cancelled') return registrationView(row);
    const meeting = meetingOf(row);
    requireNotStarted(meeting);
    // Freeing the seat and handing it on is one synchronous step, like taking it.
    row.status = 'cancelled';
    fillFreeSeats(meeting);
    recordDelegateAction(access, `Canceled the registration of ${attendeeName(row)} for the ${meeting.title}`);
    return registrationView(row);
  }),
];
