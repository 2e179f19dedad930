import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { requireMemberAccess } from '../../server/rules/access';
import { applicationView, applyToJoin } from '../../server/rules/applications';
import { createSession, endSession, type ActiveSession } from '../../server/rules/sessions';
import { notFound } from '../lib/http-error';
import { publicRoute, route, type RouteContext } from '../lib/route';

type ApplyContext = RouteContext<typeof endpoints.createApplication, ActiveSession | null>;

/** Signs the new mayor in, replacing whoever this browser was signed in as (like signing in does). */
async function signInAs(ctx: ApplyContext, personId: string): Promise<void> {
  if (ctx.session?.person.id === personId) return;
  if (ctx.session) await endSession(ctx.tx, ctx.session.row, clock.now().toISOString());
  ctx.setSessionCookie((await createSession(ctx.tx, personId)).id);
}

export const joiningRoutes = [
  publicRoute(
    endpoints.createApplication,
    async (ctx) => {
      const { application, person } = await applyToJoin(ctx.tx, ctx.body, ctx.passwords);
      await signInAs(ctx, person.id);
      return applicationView(application);
    },
    {
      // A retry of an application whose answer was lost: the same account, signed in again.
      onReplay: async (ctx, body) => {
        const id = (body as { id?: unknown } | null)?.id;
        const application = typeof id === 'string' ? await ctx.tx.applications.get({ id }) : undefined;
        if (application) await signInAs(ctx, application.personId);
      },
    },
  ),

  // The prospective mayor (or the mayor, once the city joined) and MIP previewing; not delegates.
  route(endpoints.getApplication, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', { mayorOnly: true });
    const [application] = await tx.applications.find({ memberId: member.id });
    if (!application) throw notFound('That application');
    return applicationView(application);
  }),
];
