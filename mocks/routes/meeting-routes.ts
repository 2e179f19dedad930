import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MeetingRow } from '../db/rows/meetings';
import { requireMemberAccess } from '../lib/access';
import { notFound } from '../lib/http-error';
import { isVisibleTo, meetingSummaryView, meetingView, registrationView } from '../lib/meetings';
import { paginate } from '../lib/paginate';
import { buildCalendar } from '../lib/ics';
import { route } from '../lib/route';

const byStart = (a: MeetingRow, b: MeetingRow): number => a.startsAt.localeCompare(b.startsAt);
const startMs = (m: MeetingRow): number => Date.parse(m.startsAt);

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
];
