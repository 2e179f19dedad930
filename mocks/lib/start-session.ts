import type { Session } from '../../src/api/contracts/session';
import type { PersonRow } from '../db/rows/people';
import { sessionView } from '../../server/rules/session-view';
import { createSession, endSession, lookupSession, type ActiveSession } from '../../server/rules/sessions';
import type { StoreTx } from '../../server/store/store';
import { clock } from '../clock';

interface SignInContext {
  tx: StoreTx;
  session: ActiveSession | null;
  setSessionCookie: (sessionId: string | null) => void;
}

/** Signs the person in on this browser (a session it had is replaced) and answers the new session. */
export async function startSessionFor(ctx: SignInContext, person: PersonRow): Promise<Session> {
  if (ctx.session) await endSession(ctx.tx, ctx.session.row, clock.now().toISOString());
  const row = await createSession(ctx.tx, person.id);
  ctx.setSessionCookie(row.id);
  const created = await lookupSession(ctx.tx, row.id);
  if (created.state !== 'active') throw new Error('A new session must be active');
  return sessionView(ctx.tx, created.session);
}
