import { endpoints } from '../../src/api/contracts/endpoints';
import type { AssistanceRequestRow } from '../db/rows/dues';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import {
  approveAssistance,
  declineAssistance,
  staffAssistanceRequestFor,
  staffAssistanceRequestView,
} from '../lib/staff-assistance';
import { requireCurrentVersion } from '../lib/staff-changes';

/**
 * The request a decision is for, once the caller works in finance and their page is current: the
 * If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
function changing(ctx: {
  params: Record<string, string>;
  session: ActiveSession;
  request: Request;
}): AssistanceRequestRow {
  const row = staffAssistanceRequestFor(ctx.session, ctx.params.assistanceRequestId);
  requireCurrentVersion('assistance_request', row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's finance staff deciding requests for financial assistance; a preview is refused changes by the pipeline. */
export const staffAssistanceRoutes = [
  route(endpoints.getStaffAssistanceRequest, ({ params, session }) =>
    staffAssistanceRequestView(staffAssistanceRequestFor(session, params.assistanceRequestId)),
  ),

  route(endpoints.approveAssistanceRequest, (ctx) => {
    const row = changing(ctx);
    approveAssistance(row, ctx.session.person, ctx.body);
    return staffAssistanceRequestView(row);
  }),

  route(endpoints.declineAssistanceRequest, (ctx) => {
    const row = changing(ctx);
    declineAssistance(row, ctx.session.person, ctx.body.reason);
    return staffAssistanceRequestView(row);
  }),
];
