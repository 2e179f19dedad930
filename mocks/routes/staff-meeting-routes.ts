import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import { meetingAttendees, meetingAttendeesCsv } from '../../server/rules/meeting-attendees';
import { cancelMeeting, setInvitations, updateMeeting } from '../../server/rules/meeting-changes';
import { createMeeting, staffMeetingFor, staffMeetingPage, staffMeetingView } from '../../server/rules/staff-meetings';
import { changeTarget } from '../../server/rules/staff-changes';

/**
 * The meeting a change is for, held, once the caller works in programs and their page is current:
 * the If-Match header carries the version the page read (412 when the meeting changed meanwhile).
 */
const changing = changeTarget('meeting', (change) =>
  staffMeetingFor(change.tx, change.session, change.params.meetingId, true),
);

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

  // A retried cancel answers the canceled meeting (cancelMeeting), not 412.
  route(endpoints.cancelMeeting, async (ctx) =>
    staffMeetingView(
      ctx.tx,
      await cancelMeeting(ctx.tx, await changing(ctx, (row) => row.status === 'canceled'), ctx.body.message),
    ),
  ),

  route(endpoints.listMeetingAttendees, async ({ params, session, tx }) =>
    meetingAttendees(tx, await staffMeetingFor(tx, session, params.meetingId)),
  ),

  route(endpoints.getMeetingAttendeesCsv, async ({ params, session, tx }) =>
    meetingAttendeesCsv(tx, await staffMeetingFor(tx, session, params.meetingId)),
  ),
];
