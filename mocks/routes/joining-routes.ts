import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { requireMemberAccess } from '../lib/access';
import { applicationView, applyToJoin } from '../lib/applications';
import { notFound } from '../lib/http-error';
import { publicRoute, route, type RouteContext } from '../lib/route';
import { createSession, endSession, type ActiveSession } from '../lib/sessions';

type ApplyContext = RouteContext<typeof endpoints.createApplication, ActiveSession | null>;

/** Signs the new mayor in, replacing whoever this browser was signed in as (like signing in does). */
function signInAs(ctx: ApplyContext, personId: string): void {
  if (ctx.session?.person.id === personId) return;
  if (ctx.session) endSession(ctx.session.row, clock.now().toISOString());
  ctx.setSessionCookie(createSession(personId).id);
}

export const joiningRoutes = [
  publicRoute(
    endpoints.createApplication,
    (ctx) => {
      const { application, person } = applyToJoin(ctx.body);
      signInAs(ctx, person.id);
      return applicationView(application);
    },
    {
      // A retry of an application whose answer was lost: the same account, signed in again.
      onReplay: (ctx, body) => {
        const id = (body as { id?: unknown } | null)?.id;
        const application = getDb().applications.find((a) => a.id === id);
        if (application) signInAs(ctx, application.personId);
      },
    },
  ),

  // The prospective mayor (or the mayor, once the city joined) and MIP previewing; not delegates.
  route(endpoints.getApplication, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { mayorOnly: true });
    const application = getDb().applications.find((a) => a.memberId === member.id);
    if (!application) throw notFound('That application');
    return applicationView(application);
  }),
];
