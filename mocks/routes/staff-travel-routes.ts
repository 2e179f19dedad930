import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import { requireCurrentVersion } from '../lib/staff-changes';
import {
  approveTravelSupport,
  declineTravelSupport,
  staffTravelSupportFor,
  staffTravelSupportView,
  type TravelSupportRecord,
} from '../lib/staff-travel';

/**
 * The request a change is for, once the caller works in programs and their page is current: the
 * If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
function changing(ctx: {
  params: Record<string, string>;
  session: ActiveSession;
  request: Request;
}): TravelSupportRecord {
  const row = staffTravelSupportFor(ctx.session, ctx.params.registrationId);
  requireCurrentVersion('travel_support', row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's programs staff deciding travel support; a read-only preview is refused changes by the pipeline. */
export const staffTravelRoutes = [
  route(endpoints.getStaffTravelSupport, ({ params, session }) =>
    staffTravelSupportView(staffTravelSupportFor(session, params.registrationId)),
  ),

  route(endpoints.approveTravelSupport, (ctx) => {
    const row = changing(ctx);
    approveTravelSupport(row, ctx.session.person, ctx.body.amountCents, ctx.body.message);
    return staffTravelSupportView(row);
  }),

  route(endpoints.declineTravelSupport, (ctx) => {
    const row = changing(ctx);
    declineTravelSupport(row, ctx.session.person, ctx.body.reason);
    return staffTravelSupportView(row);
  }),
];
