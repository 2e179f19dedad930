import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import type { StoreTx } from '../../server/store/store';
import type { MeetingRow } from '../db/rows/meetings';
import type { ActiveSession } from '../../server/rules/sessions';
import { meetingAttendees, meetingAttendeesCsv } from '../../server/rules/meeting-attendees';
import { cancelMeeting, setInvitations, updateMeeting } from '../../server/rules/meeting-changes';
import {
  createMeeting,
  requireCurrentMeeting,
  staffMeetingFor,
  staffMeetingPage,
  staffMeetingView,
} from '../../server/rules/staff-meetings';

/**
 * The meeting a change is for, held, once the caller works in programs and their page is current:
 * the If-Match header carries the version the page read (412 when the meeting changed meanwhile).
 */
async function changing(ctx: {
  params: Record<string, string>;
  session: ActiveSession;
  request: Request;
  tx: StoreTx;
}): Promise<MeetingRow> {
  const row = await staffMeetingFor(ctx.tx, ctx.session, ctx.params.meetingId, true);
  requireCurrentMeeting(row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's programs staff keeping meetings; a read-only preview is refused changes by the pipeline. */
export const staffMeetingRoutes = [
  route(endpoints.listStaffMeetings, ({ query, session, tx }) => staffMeetingPage(tx, session, query)),

  route(endpoints.getStaffMeeting, async ({ params, session, tx }) =>
    staffMeetingView(tx, await staffMeetingFor(tx, session, params.meetingId)),
  ),

  route(endpoints.createMeeting, async ({ body, session, tx }) =>
    staffMeetingView(tx, await createMeeting(tx, session, body)),
  ),

  route(endpoints.updateMeeting, async (ctx) =>
    staffMeetingView(ctx.tx, await updateMeeting(ctx.tx, await changing(ctx), ctx.body)),
  ),

  route(endpoints.setMeetingInvitations, async (ctx) =>
    staffMeetingView(ctx.tx, await setInvitations(ctx.tx, await changing(ctx), ctx.body)),
  ),

  route(endpoints.cancelMeeting, async (ctx) => {
    const row = await staffMeetingFor(ctx.tx, ctx.session, ctx.params.meetingId, true);
    // A retried cancel resends the If-Match of the first try, which that cancel made stale: it
    // answers the canceled meeting (cancelMeeting), not 412.
    if (row.status !== 'canceled') requireCurrentMeeting(row, ctx.request.headers.get('If-Match'));
    return staffMeetingView(ctx.tx, await cancelMeeting(ctx.tx, row, ctx.body.message));
  }),

  route(endpoints.listMeetingAttendees, async ({ params, session, tx }) =>
    meetingAttendees(tx, await staffMeetingFor(tx, session, params.meetingId)),
  ),

  route(endpoints.getMeetingAttendeesCsv, async ({ params, session, tx }) =>
    meetingAttendeesCsv(tx, await staffMeetingFor(tx, session, params.meetingId)),
  ),
];
