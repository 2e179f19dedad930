import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import { changeTarget } from '../../server/rules/staff-changes';
import { recordCityPopulation, staffCityFor, staffCityView } from '../../server/rules/staff-cities';
import { isMayorOf, recordNewMayor, resendMayorWelcome } from '../../server/rules/city-mayor';

/** The city a change is for, held, once the caller works in finance or admin. */
const changing = changeTarget('city record', (change) =>
  staffCityFor(change.tx, change.session, change.params.memberId, true),
);

/** City records as MIP's staff keep them; a read-only preview is refused changes by the pipeline. */
export const staffCityRoutes = [
  route(endpoints.getStaffCity, async ({ params, session, tx }) =>
    staffCityView(tx, await staffCityFor(tx, session, params.memberId)),
  ),

  route(endpoints.recordCityPopulation, async (ctx) =>
    staffCityView(ctx.tx, await recordCityPopulation(ctx.tx, await changing(ctx), ctx.session, ctx.body)),
  ),

  route(endpoints.recordNewMayor, async (ctx) => {
    const row = await changing(ctx, (city) => isMayorOf(ctx.tx, city, ctx.body));
    return staffCityView(ctx.tx, await recordNewMayor(ctx.tx, row, ctx.session, ctx.body, ctx.passwords));
  }),

  route(endpoints.resendMayorWelcome, async ({ params, session, tx }) =>
    staffCityView(tx, await resendMayorWelcome(tx, await staffCityFor(tx, session, params.memberId, true), session)),
  ),
];
