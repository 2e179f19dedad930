import type { StaffAccount, StaffInvite } from '../../src/api/contracts/staff-accounts';
import { staffAreaSchema, type StaffArea } from '../../src/api/contracts/staff-work';
import { clock } from '../../mocks/clock';
import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { displayName } from './people';
import { endSessionsOf, type ActiveSession } from './sessions';
import { insertStaffMadeAccount } from './staff-made-accounts';
import { endWelcomeLinksOf, invitationOf } from './welcome-links';

/**
 * MIP's staff accounts, kept by its admins (issue 19, decision 038). The Hub always keeps an
 * active admin: the last one can't lose the area or be deactivated, checked with every active
 * admin's row held, so two admins removing each other at once can't both succeed.
 */

const AREA_ORDER: readonly StaffArea[] = staffAreaSchema.options;

export async function accountView(tx: StoreTx, person: PersonRow): Promise<StaffAccount> {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    title: person.title,
    areas: person.staffAreas,
    status: person.deactivatedAt ? 'deactivated' : 'active',
    deactivatedAt: person.deactivatedAt,
    invitation: person.deactivatedAt ? null : await invitationOf(tx, person.id),
  };
}

const isActiveAdmin = (person: PersonRow): boolean =>
  person.role === 'mip_staff' && person.deactivatedAt === null && person.staffAreas.includes('admin');

/** Each area once, in the order the Hub names them everywhere. */
const orderedAreas = (areas: readonly StaffArea[]): StaffArea[] => AREA_ORDER.filter((area) => areas.includes(area));

/** Every staff account, active ones first, then by name. */
export async function staffAccounts(tx: StoreTx, session: ActiveSession): Promise<StaffAccount[]> {
  requireStaffArea(session, 'admin');
  const staff = await tx.people.find({ role: 'mip_staff' });
  const sorted = staff.sort(
    (a, b) =>
      Number(a.deactivatedAt !== null) - Number(b.deactivatedAt !== null) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  return Promise.all(sorted.map((person) => accountView(tx, person)));
}

/** A staff account an admin changes, held, with every active admin's row held before it. */
export interface AccountChange {
  account: PersonRow;
  activeAdmins: PersonRow[];
}

/**
 * Holds every active admin's row, in id order, then the account's (anyone else's id is not one:
 * 404). Every change holds them in that one order, so two admins removing each other at once
 * wait for each other instead of deadlocking, and the second sees the first's change.
 */
export async function staffAccountFor(
  tx: StoreTx,
  session: ActiveSession,
  personId: string | undefined,
): Promise<AccountChange> {
  requireStaffArea(session, 'admin');
  const admins = (await tx.people.find({ role: 'mip_staff' })).filter(isActiveAdmin);
  const activeAdmins: PersonRow[] = [];
  for (const admin of admins.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const row = await tx.people.getForUpdate({ id: admin.id });
    if (row && isActiveAdmin(row)) activeAdmins.push(row);
  }
  const account = await tx.people.getForUpdate({ id: personId ?? '' });
  if (!account || account.role !== 'mip_staff') throw notFound('That staff account');
  return { account, activeAdmins };
}

/** A colleague's account, with the areas they answer; they sign in by the link MIP's e-mail carries (issue 21). */
export async function inviteStaffAccount(
  tx: StoreTx,
  session: ActiveSession,
  invite: StaffInvite,
  passwords: PasswordKeeper,
): Promise<PersonRow> {
  requireStaffArea(session, 'admin');
  const title = invite.title.trim();
  return await insertStaffMadeAccount(
    tx,
    passwords,
    {
      slugOf: invite.name,
      slugFallback: 'staff',
      name: invite.name,
      email: invite.email,
      title: title === '' ? null : title,
      role: 'mip_staff',
      memberId: null,
      termStartedOn: null,
      staffAreas: orderedAreas(invite.areas),
    },
    'That e-mail address belongs to another account in the Hub: enter your colleague’s own address',
  );
}

/** Refuses a change that would leave the Hub without an active admin. */
function requireAnotherAdmin({ account, activeAdmins }: AccountChange, change: string): void {
  if (!isActiveAdmin(account) || activeAdmins.some((admin) => admin.id !== account.id)) return;
  const message = `${displayName(account)} is the Hub's last admin: make a colleague an admin before you ${change}.`;
  throw new HttpError(409, 'last_admin', message);
}

export async function changeStaffAreas(
  tx: StoreTx,
  change: AccountChange,
  areas: readonly StaffArea[],
): Promise<PersonRow> {
  const next = orderedAreas(areas);
  if (!next.includes('admin')) requireAnotherAdmin(change, 'take the admin area away');
  const changed = { ...change.account, staffAreas: next };
  await tx.people.update(changed);
  return changed;
}

/** Signs the colleague out for good; what they did (answers, assignments) stays theirs. */
export async function deactivateStaffAccount(
  tx: StoreTx,
  session: ActiveSession,
  change: AccountChange,
): Promise<PersonRow> {
  const { account } = change;
  if (account.deactivatedAt) return account;
  if (account.id === session.person.id) {
    throw new HttpError(409, 'own_account', "You can't deactivate your own account: ask another admin.");
  }
  requireAnotherAdmin(change, 'deactivate their account');
  const at = clock.now().toISOString();
  await endSessionsOf(tx, account.id, at);
  await endWelcomeLinksOf(tx, account.id);
  const deactivated = { ...account, deactivatedAt: at };
  await tx.people.update(deactivated);
  return deactivated;
}
