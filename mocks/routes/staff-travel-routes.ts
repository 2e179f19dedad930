import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import type { StoreTx } from '../../server/store/store';
import type { ActiveSession } from '../../server/rules/sessions';
import { requireCurrentVersion } from '../../server/rules/staff-changes';
import {
  approveTravelSupport,
  declineTravelSupport,
  staffTravelSupportFor,
  staffTravelSupportView,
  type TravelSupportRecord,
} from '../../server/rules/staff-travel';

/**
 * The request a change is for, held, once the caller works in programs and their page is current:
 * the If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
async function changing(ctx: {
  params: Record<string, string>;
  session: ActiveSession;
  request: Request;
  tx: StoreTx;
}): Promise<TravelSupportRecord> {
  const row = await staffTravelSupportFor(ctx.tx, ctx.session, ctx.params.registrationId, true);
  requireCurrentVersion('travel_support', row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's programs staff deciding travel support; a read-only preview is refused changes by the pipeline. */
export const staffTravelRoutes = [
  route(endpoints.getStaffTravelSupport, async ({ params, session, tx }) =>
    staffTravelSupportView(tx, await staffTravelSupportFor(tx, session, params.registrationId)),
  ),

  route(endpoints.approveTravelSupport, async (ctx) => {
    const row = await changing(ctx);
    await approveTravelSupport(ctx.tx, row, ctx.session.person, ctx.body.amountCents, ctx.body.message);
    return staffTravelSupportView(ctx.tx, row);
  }),

  route(endpoints.declineTravelSupport, async (ctx) => {
    const row = await changing(ctx);
    await declineTravelSupport(ctx.tx, row, ctx.session.person, ctx.body.reason);
    return staffTravelSupportView(ctx.tx, row);
  }),
];
