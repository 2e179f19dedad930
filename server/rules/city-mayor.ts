import type { NewMayorInput } from '../../src/api/contracts/staff-cities';
import { formatDate } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { requirePlausibleTermStart } from './applications';
import { today } from './invoices';
import { displayName, mayorOf } from './people';
import { endSessionsOf, type ActiveSession } from './sessions';
import { insertStaffMadeAccount } from './staff-made-accounts';
import { recordCityChange } from './staff-cities';
import { endWelcomeLinksOf, resendWelcomeLink } from './welcome-links';

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

function requireTermAfter(former: PersonRow, termStartedOn: string): void {
  if (former.termStartedOn === null || termStartedOn > former.termStartedOn) return;
  const message = `Enter a term start after ${displayName(former)}'s (${formatDate(former.termStartedOn)})`;
  throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', { termStartedOn: [message] });
}

/** The former mayor's account, once it leaves the city: nothing of the city or of the person's choices stays. */
async function leaveCity(tx: StoreTx, former: PersonRow, at: string): Promise<void> {
  await endSessionsOf(tx, former.id, at);
  await endWelcomeLinksOf(tx, former.id);
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
  const at = clock.now().toISOString();
  const mayor = await insertStaffMadeAccount(
    tx,
    passwords,
    {
      slugOf: `${input.name} ${row.id}`,
      slugFallback: row.id,
      name: input.name,
      email: input.email,
      title: 'Mayor',
      role: 'mayor',
      memberId: row.id,
      termStartedOn: input.termStartedOn,
      staffAreas: [],
    },
    "That e-mail address belongs to another account in the Hub: enter the new mayor's own address",
  );
  await leaveCity(tx, former, at);
  row.mayorId = mayor.id;
  return recordCityChange(tx, row, session, at, {
    action: `Recorded Mayor ${mayor.name} in place of ${displayName(former)}`,
    detail: `Term from ${formatDate(input.termStartedOn)}; ${mayor.email}`,
  });
}

/** Sends the city's mayor their welcome link again (a new one), kept in the record's history. */
export async function resendMayorWelcome(tx: StoreTx, row: MemberRow, session: ActiveSession): Promise<MemberRow> {
  const mayor = await mayorOf(tx, row);
  await resendWelcomeLink(tx, mayor);
  return recordCityChange(tx, row, session, clock.now().toISOString(), {
    action: `Sent ${displayName(mayor)}'s welcome link again`,
    detail: `To ${mayor.email}; the earlier link no longer works`,
  });
}
