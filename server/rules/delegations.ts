import type { Scope } from '../../src/api/contracts/common';
import type {
  Delegation,
  DelegationCreateBody,
  DelegationStatus,
  DelegationUpdateBody,
} from '../../src/api/contracts/delegations';
import { clock } from '../../mocks/clock';
import { addDays } from '../../mocks/db/dates';
import type { DelegationRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { uniqueSlug } from '../../mocks/lib/slug';
import type { StoreTx } from '../store/store';
import { isLiveDelegation, requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { today } from './invoices';
import { displayName, findPerson, formerUserRef, personRefOf } from './people';
import type { ActiveSession } from './sessions';

/**
 * A mayor's delegations (product.md "Delegation and preview"). Only the mayor manages them (403
 * `mayor_only` for delegates; MIP staff previewing may read). A change takes effect on the
 * delegate's next request: rules/access.ts reads the rows on every request.
 */

/** Scopes are stored, and shown, in this order. */
const SCOPE_ORDER: readonly Scope[] = ['meetings', 'memos', 'dues'];

/** The password every demo account has, so the demo can sign in as an invited staff member too. */
const DEMO_PASSWORD = 'demo';

export function delegationStatusOf(row: DelegationRow, on = today()): DelegationStatus {
  if (row.revokedAt !== null) return 'revoked';
  return isLiveDelegation(row, on) ? 'active' : 'expired';
}

/** When an ended grant ended: revoked at that instant, or expired at the end of its last day. */
function endedAt(row: DelegationRow): string {
  const expiredAt = row.endsOn === null ? null : `${addDays(row.endsOn, 1)}T00:00:00.000Z`;
  const times = [row.revokedAt, expiredAt].filter((t): t is string => t !== null);
  return times.sort()[0] ?? row.createdAt;
}

export async function delegationView(tx: StoreTx, row: DelegationRow, on = today()): Promise<Delegation> {
  const delegate = await findPerson(tx, row.delegateId);
  const ref = delegate ? personRefOf(delegate) : formerUserRef(row.delegateId);
  return {
    id: row.id,
    delegate: {
      id: ref.id,
      name: ref.name,
      email: delegate?.email ?? `${row.delegateId}@invalid.example`,
      title: ref.title,
    },
    scopes: sortedScopes(row.scopes),
    endsOn: row.endsOn,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    status: delegationStatusOf(row, on),
  };
}

/**
 * The city's delegations: active ones first, newest grant first; then ended ones (expired or
 * revoked), the most recently ended first.
 */
export async function delegationsOf(tx: StoreTx, memberId: string): Promise<Delegation[]> {
  const on = today();
  const rows = await tx.delegations.find({ memberId });
  const active = rows
    .filter((d) => delegationStatusOf(d, on) === 'active')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const ended = rows
    .filter((d) => delegationStatusOf(d, on) !== 'active')
    .sort((a, b) => endedAt(b).localeCompare(endedAt(a)) || b.id.localeCompare(a.id));
  return Promise.all([...active, ...ended].map((d) => delegationView(tx, d, on)));
}

/**
 * A delegation, held for the change the caller makes, and the caller's access to its city;
 * another city's delegation answers 404.
 */
export async function delegationFor(
  tx: StoreTx,
  session: ActiveSession,
  id: string | undefined,
  options: AccessOptions,
): Promise<{ row: DelegationRow; access: MemberAccess }> {
  const row = await tx.delegations.getForUpdate({ id: id ?? '' });
  if (!row) throw notFound('That delegation');
  try {
    return { row, access: await requireMemberAccess(tx, session, row.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That delegation');
    throw error;
  }
}

function sortedScopes(scopes: readonly Scope[]): Scope[] {
  return SCOPE_ORDER.filter((s) => scopes.includes(s));
}

const invalid = (field: string, message: string): HttpError =>
  new HttpError(422, 'validation_failed', 'Some answers need correcting.', { [field]: [message] });

/** The last day may be today, never before (the schema can't know the mock's today). */
function requireEndsOnAhead(endsOn: string | null): void {
  if (endsOn !== null && endsOn < today()) throw invalid('endsOn', 'Choose today or a later date');
}

/** Why an existing account can't be a delegate of this mayor, if it can't. */
function notDelegable(person: PersonRow, mayor: PersonRow): string | null {
  if (person.id === mayor.id) {
    return 'That is your own e-mail address: enter the e-mail of the staff member who will act for you';
  }
  if (person.role === 'mayor' || person.role === 'prospective') {
    return "That e-mail belongs to a mayor's account, and a mayor can't act for another mayor. Enter a staff member's e-mail";
  }
  if (person.role === 'mip_staff') {
    return "That e-mail belongs to MIP staff, who can't act for a mayor. Enter a staff member's e-mail";
  }
  return null;
}

/** An account for a staff member invited by e-mail: city staff of the mayor's city, signing in with the demo password. */
async function inviteStaffMember(
  tx: StoreTx,
  access: MemberAccess,
  people: readonly PersonRow[],
  name: string,
  email: string,
): Promise<PersonRow> {
  const ids = new Set(people.map((p) => p.id));
  const person: PersonRow = {
    id: uniqueSlug(name, (id) => ids.has(id), 'staff'),
    name,
    email,
    password: DEMO_PASSWORD,
    title: null,
    role: 'city_staff',
    memberId: access.member.id,
    termStartedOn: null,
    identifiesAsWoman: false,
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: [],
    deactivatedAt: null,
  };
  await tx.people.insert(person);
  return person;
}

/**
 * Lets a staff member act for the mayor. An e-mail without an account gets one (city staff); an
 * existing account must be city staff (422 on `email`), and one that already acts for the mayor is
 * refused (409 `already_delegate`): its access is changed in the list. A revoked or expired earlier
 * grant does not stand in the way: the new grant is a new row. Every check runs before anything is
 * stored, and the request's transaction makes the whole of it one step.
 */
export async function createDelegation(
  tx: StoreTx,
  access: MemberAccess,
  body: DelegationCreateBody,
): Promise<DelegationRow> {
  const email = body.email.trim();
  const mayor = access.subject;
  const people = await tx.people.find();
  const existing = people.find((p) => p.email.trim().toLowerCase() === email.toLowerCase());
  if (existing) {
    const reason = notDelegable(existing, mayor);
    if (reason) throw invalid('email', reason);
    const grants = await tx.delegations.find({ delegateId: existing.id, memberId: access.member.id });
    if (grants.some((d) => isLiveDelegation(d))) {
      const message = `${existing.name} already acts for ${displayName(mayor)}; change their access in the list instead`;
      throw new HttpError(409, 'already_delegate', message, { email: [message] });
    }
  }
  requireEndsOnAhead(body.endsOn);
  const delegate = existing ?? (await inviteStaffMember(tx, access, people, body.name, email));
  const row: DelegationRow = {
    id: await tx.nextId('del'),
    memberId: access.member.id,
    mayorId: mayor.id,
    delegateId: delegate.id,
    scopes: sortedScopes(body.scopes),
    endsOn: body.endsOn,
    createdAt: clock.now().toISOString(),
    revokedAt: null,
  };
  await tx.delegations.insert(row);
  return row;
}

/** Changes what a delegate may do and until when; an expired grant given a later end date is active again. */
export async function updateDelegation(tx: StoreTx, row: DelegationRow, body: DelegationUpdateBody): Promise<void> {
  if (row.revokedAt !== null) {
    throw new HttpError(409, 'delegation_revoked', 'This access was already revoked; invite them again instead');
  }
  requireEndsOnAhead(body.endsOn);
  row.scopes = sortedScopes(body.scopes);
  row.endsOn = body.endsOn;
  await tx.delegations.update(row);
}

/** Takes access away now; revoking again changes nothing (a retried DELETE answers the same). */
export async function revokeDelegation(tx: StoreTx, row: DelegationRow): Promise<void> {
  if (row.revokedAt !== null) return;
  row.revokedAt = clock.now().toISOString();
  await tx.delegations.update(row);
}
