import { endpoints } from '../../src/api/contracts/endpoints';
import { decideSignInAttempt, pruneBefore } from '../../server/auth/sign-in-throttle';
import { displayName } from '../../server/rules/people';
import { sessionView } from '../../server/rules/session-view';
import { createSession, endSession, lookupSession } from '../../server/rules/sessions';
import type { StoreTx } from '../../server/store/store';
import { clock } from '../clock';
import { DEMO_ACCOUNTS } from '../db/seed/demo-accounts';
import { HttpError } from '../lib/http-error';
import { publicRoute, route } from '../lib/route';

const WRONG_PASSWORD = "That e-mail and password don't match an account.";

/** The refused sign-ins on record for this account or this address, each once. */
async function failuresOf(tx: StoreTx, accountKey: string, address: string) {
  const byAccount = await tx.signInFailures.find({ accountKey });
  const byAddress = await tx.signInFailures.find({ address });
  return [...new Map([...byAccount, ...byAddress].map((f) => [f.id, f])).values()];
}

export const sessionRoutes = [
  publicRoute(endpoints.signIn, async (ctx) => {
    const { body, session, tx, passwords, clientAddress } = ctx;
    const accountKey = body.email.trim().toLowerCase();
    const now = clock.now();
    const since = pruneBefore(now);
    const onRecord = await failuresOf(tx, accountKey, clientAddress);
    const recent = onRecord.filter((f) => f.at >= since);
    const decision = decideSignInAttempt(now, recent, { accountKey, address: clientAddress });
    if (!decision.allowed) {
      // The sign-in form words the wait from Retry-After.
      throw new HttpError(429, 'too_many_sign_in_attempts', 'Too many sign-in attempts. Try again later.', undefined, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    const person = await tx.personByEmail(accountKey);
    // A wrong e-mail costs the same check as a wrong password, so timing doesn't tell which it was.
    const matches = await passwords.verify(body.password, person?.password ?? '');
    // A deactivated account is refused as a wrong password is: the form says nothing more.
    if (!person || !matches || person.deactivatedAt !== null) {
      ctx.recordEvenIfRefused(async (failures) => {
        // Those out of the window are forgotten, so the table holds only what the limit counts.
        for (const failure of onRecord)
          if (failure.at < since) await failures.signInFailures.delete({ id: failure.id });
        const id = await failures.nextId('signin');
        await failures.signInFailures.insert({ id, accountKey, address: clientAddress, at: now.toISOString() });
      });
      throw new HttpError(401, 'invalid_credentials', WRONG_PASSWORD);
    }
    // Signing in again replaces the session this browser had.
    if (session) await endSession(tx, session.row, now.toISOString());
    const row = await createSession(tx, person.id);
    ctx.setSessionCookie(row.id);
    const created = await lookupSession(tx, row.id);
    if (created.state !== 'active') throw new Error('A new session must be active');
    return sessionView(tx, created.session);
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
