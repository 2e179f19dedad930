import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { DEMO_ACCOUNTS } from '../db/seed/demo-accounts';
import { HttpError } from '../lib/http-error';
import { displayName, findPerson } from '../lib/people';
import { publicRoute, route } from '../lib/route';
import { sessionView } from '../lib/session-view';
import { createSession, endSession, lookupSession } from '../../server/rules/sessions';

export const sessionRoutes = [
  publicRoute(endpoints.signIn, async ({ body, session, setSessionCookie, tx }) => {
    const email = body.email.trim().toLowerCase();
    const person = getDb().people.find((p) => p.email.toLowerCase() === email);
    if (!person || person.password !== body.password) {
      throw new HttpError(401, 'invalid_credentials', "That e-mail and password don't match an account.");
    }
    // Signing in again replaces the session this browser had.
    if (session) await endSession(tx, session.row, clock.now().toISOString());
    const row = await createSession(tx, person.id);
    setSessionCookie(row.id);
    const created = await lookupSession(tx, row.id);
    if (created.state !== 'active') throw new Error('A new session must be active');
    return sessionView(created.session);
  }),

  route(endpoints.getSession, ({ session }) => sessionView(session)),

  publicRoute(endpoints.signOut, async ({ session, setSessionCookie, tx }) => {
    if (session) await endSession(tx, session.row, clock.now().toISOString());
    setSessionCookie(null);
    return null;
  }),

  publicRoute(endpoints.listDemoAccounts, () => ({
    items: DEMO_ACCOUNTS.flatMap(({ personId, description }) => {
      const person = findPerson(personId);
      if (!person) return [];
      return [{ email: person.email, name: displayName(person), description, role: person.role }];
    }),
  })),
];
