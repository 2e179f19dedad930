import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { DEMO_ACCOUNTS } from '../db/seed/demo-accounts';
import { HttpError } from '../lib/http-error';
import { displayName, findPerson } from '../lib/people';
import { publicRoute, route } from '../lib/route';
import { sessionView } from '../lib/session-view';
import { createSession, endSession, lookupSession } from '../lib/sessions';

export const sessionRoutes = [
  publicRoute(endpoints.signIn, ({ body, session, setSessionCookie }) => {
    const email = body.email.trim().toLowerCase();
    const person = getDb().people.find((p) => p.email.toLowerCase() === email);
    if (!person || person.password !== body.password) {
      throw new HttpError(401, 'invalid_credentials', "That e-mail and password don't match an account.");
    }
    // Signing in again replaces the session this browser had.
    if (session) endSession(session.row, clock.now().toISOString());
    const row = createSession(person.id);
    setSessionCookie(row.id);
    const created = lookupSession(row.id);
    if (created.state !== 'active') throw new Error('A new session must be active');
    return sessionView(created.session);
  }),

  route(endpoints.getSession, ({ session }) => sessionView(session)),

  publicRoute(endpoints.signOut, ({ session, setSessionCookie }) => {
    if (session) endSession(session.row, clock.now().toISOString());
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
