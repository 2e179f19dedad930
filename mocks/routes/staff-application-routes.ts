import { endpoints } from '../../src/api/contracts/endpoints';
import { applicationView } from '../../server/rules/applications';
import { changeTarget } from '../../server/rules/staff-changes';
import {
  answerApplicationQuestion,
  approveApplication,
  askApplicationQuestion,
  declineApplication,
  staffApplicationFor,
  staffApplicationView,
} from '../../server/rules/staff-applications';
import { route } from '../lib/route';

/**
 * The application a change is for, once the caller works in finance and their page is current: the
 * If-Match header carries the version the page read (412 when the application changed meanwhile).
 */
const changing = changeTarget('application', (change) =>
  staffApplicationFor(change.tx, change.session, change.params.applicationId, { forUpdate: true }),
);

/** MIP's finance staff deciding applications, and the applicant answering MIP's question. */
export const staffApplicationRoutes = [
  route(endpoints.getStaffApplication, async ({ params, session, tx }) =>
    staffApplicationView(tx, await staffApplicationFor(tx, session, params.applicationId)),
  ),

  route(endpoints.approveApplication, async (ctx) => {
    const row = await changing(ctx);
    await approveApplication(ctx.tx, row, ctx.session.person, ctx.body.message);
    return staffApplicationView(ctx.tx, row);
  }),

  route(endpoints.declineApplication, async (ctx) => {
    const row = await changing(ctx);
    await declineApplication(ctx.tx, row, ctx.session.person, ctx.body.reason);
    return staffApplicationView(ctx.tx, row);
  }),

  route(endpoints.askApplicationQuestion, async (ctx) => {
    const row = await changing(ctx);
    await askApplicationQuestion(ctx.tx, row, ctx.session.person, ctx.body.question);
    return staffApplicationView(ctx.tx, row);
  }),

  route(endpoints.answerApplicationQuestion, async ({ params, session, body, tx }) =>
    applicationView(await answerApplicationQuestion(tx, session, params.memberId ?? '', body.answer)),
  ),
];
