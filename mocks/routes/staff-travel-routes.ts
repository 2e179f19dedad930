import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import { changeTarget } from '../../server/rules/staff-changes';
import {
  approveTravelSupport,
  declineTravelSupport,
  staffTravelSupportFor,
  staffTravelSupportView,
} from '../../server/rules/staff-travel';

/**
 * The request a change is for, held, once the caller works in programs and their page is current:
 * the If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
const changing = changeTarget('request', (change) =>
  staffTravelSupportFor(change.tx, change.session, change.params.registrationId, true),
);

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
