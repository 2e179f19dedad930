import { endpoints } from '../../src/api/contracts/endpoints';
import { displayName } from '../../server/rules/people';
import { sessionView } from '../../server/rules/session-view';
import { endSession } from '../../server/rules/sessions';
import { clock } from '../clock';
import { DEMO_ACCOUNTS } from '../db/seed/demo-accounts';
import { limitAttempts } from '../lib/attempt-limits';
import { HttpError } from '../lib/http-error';
import { startSessionFor } from '../lib/start-session';
import { publicRoute, route } from '../lib/route';

const WRONG_PASSWORD = "That e-mail and password don't match an account.";

export const sessionRoutes = [
  publicRoute(endpoints.signIn, async (ctx) => {
    const { body, tx, passwords } = ctx;
    const accountKey = body.email.trim().toLowerCase();
    const refused = await limitAttempts(ctx, accountKey);
    const person = await tx.personByEmail(accountKey);
    // A wrong e-mail costs the same check as a wrong password, so timing doesn't tell which it was.
    const matches = await passwords.verify(body.password, person?.password ?? '');
    // A deactivated account is refused as a wrong password is: the form says nothing more.
    if (!person || !matches || person.deactivatedAt !== null) {
      refused();
      throw new HttpError(401, 'invalid_credentials', WRONG_PASSWORD);
    }
    // Signing in again replaces the session this browser had.
    return startSessionFor(ctx, person);
  }),

  route(endpoints.getSession, ({ session, tx }) => sessionView(tx, session)),

  publicRoute(endpoints.signOut, async ({ session, setSessionCookie, tx }) => {
    if (session) await endSession(tx, session.row, clock.now().toISOString());
    setSessionCookie(null);
    return null;
  }),

  publicRoute(endpoints.listDemoAccounts, async ({ tx }) => {
    const accounts = await Promise.all(
      DEMO_ACCOUNTS.map(async ({ personId, description }) => {
        const person = await tx.people.get({ id: personId });
        return person ? [{ email: person.email, name: displayName(person), description, role: person.role }] : [];
      }),
    );
    return { items: accounts.flat() };
  }),
];
