import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import {
  approveAssistance,
  declineAssistance,
  staffAssistanceRequestFor,
  staffAssistanceRequestView,
} from '../../server/rules/staff-assistance';
import { changeTarget } from '../../server/rules/staff-changes';

/**
 * The request a decision is for, held for update, once the caller works in finance and their page is
 * current: the If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
const changing = changeTarget('request', (change) =>
  staffAssistanceRequestFor(change.tx, change.session, change.params.assistanceRequestId, true),
);

/** MIP's finance staff deciding requests for financial assistance; a preview is refused changes by the pipeline. */
export const staffAssistanceRoutes = [
  route(endpoints.getStaffAssistanceRequest, async ({ params, session, tx }) =>
    staffAssistanceRequestView(tx, await staffAssistanceRequestFor(tx, session, params.assistanceRequestId)),
  ),

  route(endpoints.approveAssistanceRequest, async (ctx) => {
    const row = await changing(ctx);
    await approveAssistance(ctx.tx, row, ctx.session.person, ctx.body);
    return staffAssistanceRequestView(ctx.tx, row);
  }),

  route(endpoints.declineAssistanceRequest, async (ctx) => {
    const row = await changing(ctx);
    await declineAssistance(ctx.tx, row, ctx.session.person, ctx.body.reason);
    return staffAssistanceRequestView(ctx.tx, row);
  }),
];
