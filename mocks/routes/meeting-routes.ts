import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import type { MeetingRow } from '../db/rows/meetings';
import type { StoreTx } from '../../server/store/store';
import { requireMemberAccess } from '../../server/rules/access';
import { recordDelegateAction } from '../../server/rules/access-log';
import { attendeeName, registeredWords } from '../lib/access-log-words';
import { HttpError, notFound } from '../lib/http-error';
import { isVisibleTo, meetingSummaryView, meetingView, registrationView } from '../../server/rules/meetings';
import { paginate } from '../lib/paginate';
import { buildCalendar } from '../lib/ics';
import { findRegistration, meetingOf, registerAttendees } from '../../server/rules/registrations';
import { requireNeedsEditable, requireNotStarted } from '../../server/rules/registration-window';
import { route } from '../lib/route';
import { fillFreeSeats } from '../../server/rules/seats';

const startMs = (m: MeetingRow): number => Date.parse(m.startsAt);
const byStart = (a: MeetingRow, b: MeetingRow): number => a.startsAt.localeCompare(b.startsAt);
/** The order meetings are kept in (by start, then id), so equal starts list alike on every store. */
const byStartInstant = (a: MeetingRow, b: MeetingRow): number => startMs(a) - startMs(b) || a.id.localeCompare(b.id);

const WRITE_MEETINGS = { scope: 'meetings', write: true } as const;

/** An invite-only meeting the city was not invited to does not exist for it (404, not 403). */
async function visibleMeeting(tx: StoreTx, meetingId: string | undefined, memberId: string): Promise<MeetingRow> {
  const meeting = meetingId === undefined ? undefined : await tx.meetings.get({ id: meetingId });
  if (!meeting || !isVisibleTo(meeting, memberId)) throw notFound('That meeting');
  return meeting;
}

export const meetingRoutes = [
  route(endpoints.listMeetings, async ({ query, session, tx }) => {
    await requireMemberAccess(tx, session, query.memberId);
    const now = clock.now().getTime();
    let meetings = (await tx.meetings.find())
      .sort(byStartInstant)
      .filter((m) => isVisibleTo(m, query.memberId))
      .filter((m) => !query.kind || m.kind === query.kind)
      // The year a meeting happens in, in its own zone (startsAt carries that zone's offset).
      .filter((m) => query.year === undefined || Number(m.startsAt.slice(0, 4)) === query.year);
    if (query.when === 'upcoming') meetings = meetings.filter((m) => startMs(m) >= now).sort(byStart);
    else if (query.when === 'past') meetings = meetings.filter((m) => startMs(m) < now).sort((a, b) => byStart(b, a));
    else meetings = meetings.sort((a, b) => byStart(b, a));
    const page = paginate(meetings, query.page, query.pageSize);
    return { ...page, items: await Promise.all(page.items.map((m) => meetingSummaryView(tx, m))) };
  }),

  route(endpoints.getMeeting, async ({ params, query, session, tx }) => {
    await requireMemberAccess(tx, session, query.memberId);
    return meetingView(tx, await visibleMeeting(tx, params.meetingId, query.memberId));
  }),

  route(endpoints.getMeetingCalendar, async ({ params, query, session, tx }) => {
    await requireMemberAccess(tx, session, query.memberId);
    const meeting = await visibleMeeting(tx, params.meetingId, query.memberId);
    const { venue } = meeting;
    return buildCalendar({
      uid: `${meeting.id}@mayorsinnovation.example`,
      stamp: clock.now(),
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      summary: meeting.title,
      location: `${venue.name}, ${venue.address}, ${venue.city}, ${venue.state}`,
      description: meeting.summary,
      sequence: meeting.sequence,
      canceled: meeting.status === 'canceled',
    });
  }),

  route(endpoints.listRegistrations, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', { scope: 'meetings' });
    const items = (await tx.registrations.find({ memberId: member.id })).sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
    );
    return { items: await Promise.all(items.map((r) => registrationView(tx, r))) };
  }),

  route(endpoints.createRegistrations, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_MEETINGS);
    const meeting = await visibleMeeting(tx, body.meetingId, access.member.id);
    const rows = await registerAttendees(tx, access, meeting, body.attendees);
    await recordDelegateAction(tx, access, registeredWords(rows, meeting.title));
    return { items: await Promise.all(rows.map((r) => registrationView(tx, r))) };
  }),

  route(endpoints.updateRegistration, async ({ params, body, session, tx }) => {
    const row = await findRegistration(tx, params.registrationId, true);
    const access = await requireMemberAccess(tx, session, row.memberId, WRITE_MEETINGS);
    if (row.status === 'cancelled') {
      throw new HttpError(
        409,
        'registration_cancelled',
        'This registration was canceled, so it can no longer be changed.',
      );
    }
    const meeting = await meetingOf(tx, row);
    requireNeedsEditable(meeting);
    // A PATCH: what the body leaves out stays as it was.
    const { dietaryNeeds, accessibilityNeeds, arrival } = { ...row.attendee, ...body };
    row.attendee = { ...row.attendee, dietaryNeeds, accessibilityNeeds, arrival };
    await tx.registrations.update(row);
    await recordDelegateAction(tx, access, `Changed the registration of ${attendeeName(row)} for the ${meeting.title}`);
    return registrationView(tx, row);
  }),

  route(endpoints.cancelRegistration, async ({ params, session, tx }) => {
    const found = await findRegistration(tx, params.registrationId);
    const access = await requireMemberAccess(tx, session, found.memberId, WRITE_MEETINGS);
    // The meeting's row first, then the registration's: the order every seat change holds them in.
    const meeting = await meetingOf(tx, found, true);
    const row = await findRegistration(tx, found.id, true);
    // A retried cancel (the answer was lost on the way) is harmless: it answers the same thing.
    if (row.status === 'cancelled') return registrationView(tx, row);
    requireNotStarted(meeting);
    // Freeing the seat and handing it on happen while the meeting's row is held, like taking it.
    row.status = 'cancelled';
    await tx.registrations.update(row);
    await fillFreeSeats(tx, meeting);
    await recordDelegateAction(
      tx,
      access,
      `Canceled the registration of ${attendeeName(row)} for the ${meeting.title}`,
    );
    return registrationView(tx, row);
  }),
];
