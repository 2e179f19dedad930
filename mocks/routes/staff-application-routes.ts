import { endpoints } from '../../src/api/contracts/endpoints';
import type { ApplicationRow } from '../db/rows/people';
import { applicationView } from '../lib/applications';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import { requireCurrentVersion } from '../lib/staff-changes';
import {
  answerApplicationQuestion,
  approveApplication,
  askApplicationQuestion,
  declineApplication,
  staffApplicationFor,
  staffApplicationView,
} from '../lib/staff-applications';

/**
 * The application a change is for, once the caller works in finance and their page is current: the
 * If-Match header carries the version the page read (412 when the application changed meanwhile).
 */
function changing(ctx: { params: Record<string, string>; session: ActiveSession; request: Request }): ApplicationRow {
  const row = staffApplicationFor(ctx.session, ctx.params.applicationId);
  requireCurrentVersion('application', row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's finance staff deciding applications, and the applicant answering MIP's question. */
export const staffApplicationRoutes = [
  route(endpoints.getStaffApplication, ({ params, session }) =>
    staffApplicationView(staffApplicationFor(session, params.applicationId)),
  ),

  route(endpoints.approveApplication, (ctx) => {
    const row = changing(ctx);
    approveApplication(row, ctx.session.person, ctx.body.message);
    return staffApplicationView(row);
  }),

  route(endpoints.declineApplication, (ctx) => {
    const row = changing(ctx);
    declineApplication(row, ctx.session.person, ctx.body.reason);
    return staffApplicationView(row);
  }),

  route(endpoints.askApplicationQuestion, (ctx) => {
    const row = changing(ctx);
    askApplicationQuestion(row, ctx.session.person, ctx.body.question);
    return staffApplicationView(row);
  }),

  route(endpoints.answerApplicationQuestion, ({ params, session, body }) =>
    applicationView(answerApplicationQuestion(session, params.memberId ?? '', body.answer)),
  ),
];
