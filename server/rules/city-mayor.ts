import type { NewMayorInput } from '../../src/api/contracts/staff-cities';
import { formatDate } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import { uniqueSlug } from '../../mocks/lib/slug';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { requirePlausibleTermStart } from './applications';
import { insertOrRefuse } from './insert-or-refuse';
import { today } from './invoices';
import { displayName, mayorOf } from './people';
import { endSession, type ActiveSession } from './sessions';
import { recordCityChange } from './staff-cities';

/**
 * A member city's new mayor (issue 19, decision 037). The city's record points at a new account;
 * the former mayor's account leaves the city: its sessions and the delegations it granted end,
 * its tracks and its private Women Mayors' Network self-identification are removed, never copied.
 */

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A retried request finds its mayor in place: the change is done, whatever If-Match it resends. */
export async function isMayorOf(tx: StoreTx, row: MemberRow, input: NewMayorInput): Promise<boolean> {
  return sameEmail((await mayorOf(tx, row)).email, input.email);
}

const emailInUse = (): HttpError =>
  new HttpError(409, 'email_taken', 'That e-mail address already belongs to an account in the Hub.', {
    email: ["That e-mail address belongs to another account in the Hub: enter the new mayor's own address"],
  });

function requireTermAfter(former: PersonRow, termStartedOn: string): void {
  if (former.termStartedOn === null || termStartedOn > former.termStartedOn) return;
  const message = `Enter a term start after ${displayName(former)}'s (${formatDate(former.termStartedOn)})`;
  throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', { termStartedOn: [message] });
}

/** The former mayor's account, once it leaves the city: nothing of the city or of the person's choices stays. */
async function leaveCity(tx: StoreTx, former: PersonRow, at: string): Promise<void> {
  for (const session of await tx.sessions.find({ personId: former.id })) await endSession(tx, session, at);
  for (const grant of await tx.delegations.find({ mayorId: former.id, revokedAt: null })) {
    await tx.delegations.update({ ...grant, revokedAt: at });
  }
  for (const membership of await tx.trackMemberships.find({ personId: former.id })) {
    await tx.trackMemberships.delete({ personId: membership.personId, trackId: membership.trackId });
  }
  await tx.people.update({
    ...former,
    memberId: null,
    // No password matches an empty one: the account can't sign in to a city it no longer leads.
    password: '',
    identifiesAsWoman: false,
    listedInDirectory: false,
  });
}

/** Records the new mayor in place of the city's current one, in the request's one transaction. */
export async function recordNewMayor(
  tx: StoreTx,
  row: MemberRow,
  session: ActiveSession,
  input: NewMayorInput,
  passwords: PasswordKeeper,
): Promise<MemberRow> {
  if (row.kind !== 'member') {
    throw new HttpError(409, 'not_a_member', `${row.city} hasn't joined MIP yet: its application names its mayor.`);
  }
  const former = await mayorOf(tx, row);
  if (sameEmail(former.email, input.email)) return row;
  requirePlausibleTermStart(input.termStartedOn, today());
  requireTermAfter(former, input.termStartedOn);
  if (await tx.personByEmail(input.email.trim())) throw emailInUse();
  const at = clock.now().toISOString();
  const ids = new Set((await tx.people.find()).map((p) => p.id));
  const mayor: PersonRow = {
    id: uniqueSlug(`${input.name} ${row.id}`, (id) => ids.has(id), row.id),
    name: input.name.trim(),
    email: input.email.trim(),
    // Nobody knows it: the new mayor signs in by the link MIP's welcome e-mail will carry (issue 21).
    password: await passwords.hash(crypto.randomUUID()),
    title: 'Mayor',
    role: 'mayor',
    memberId: row.id,
    termStartedOn: input.termStartedOn,
    identifiesAsWoman: false,
    // Appearing in the network directory is the mayor's own choice, made once they sign in.
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: [],
    deactivatedAt: null,
  };
  await insertOrRefuse(tx.people.insert(mayor), emailInUse);
  await leaveCity(tx, former, at);
  row.mayorId = mayor.id;
  return recordCityChange(tx, row, session, at, {
    action: `Recorded Mayor ${mayor.name} in place of ${displayName(former)}`,
    detail: `Term from ${formatDate(input.termStartedOn)}; ${mayor.email}`,
  });
}
