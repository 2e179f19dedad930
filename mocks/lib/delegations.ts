import type { Scope } from '../../src/api/contracts/common';
import type {
  Delegation,
  DelegationCreateBody,
  DelegationStatus,
  DelegationUpdateBody,
} from '../../src/api/contracts/delegations';
import { isoDateOf } from '../../src/lib/membership-year';
import { clock } from '../clock';
import { addDays } from '../db/dates';
import { getDb, nextId } from '../db/db';
import type { DelegationRow, PersonRow } from '../db/rows/people';
import { isLiveDelegation, requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { HttpError, notFound } from './http-error';
import { displayName, personRef } from './people';
import type { ActiveSession } from '../../server/rules/sessions';
import { uniqueSlug } from './slug';

/**
 * A mayor's delegations (product.md "Delegation and preview"). Only the mayor manages them (403
 * `mayor_only` for delegates; MIP staff previewing may read). A change takes effect on the
 * delegate's next request: lib/access.ts reads the rows on every request.
 */

/** Scopes are stored, and shown, in this order. */
const SCOPE_ORDER: readonly Scope[] = ['meetings', 'memos', 'dues'];

/** The password every demo account has, so the demo can sign in as an invited staff member too. */
const DEMO_PASSWORD = 'demo';

const today = (): string => isoDateOf(clock.now());

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

export function delegationView(row: DelegationRow, on = today()): Delegation {
  const delegate = getDb().people.find((p) => p.id === row.delegateId);
  const ref = personRef(row.delegateId);
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
export function delegationsOf(memberId: string): Delegation[] {
  const on = today();
  const rows = getDb().delegations.filter((d) => d.memberId === memberId);
  const active = rows
    .filter((d) => delegationStatusOf(d, on) === 'active')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const ended = rows
    .filter((d) => delegationStatusOf(d, on) !== 'active')
    .sort((a, b) => endedAt(b).localeCompare(endedAt(a)) || b.id.localeCompare(a.id));
  return [...active, ...ended].map((d) => delegationView(d, on));
}

/** A delegation and the caller's access to its city; another city's delegation answers 404. */
export function delegationFor(
  session: ActiveSession,
  id: string | undefined,
  options: AccessOptions,
): { row: DelegationRow; access: MemberAccess } {
  const row = getDb().delegations.find((d) => d.id === id);
  if (!row) throw notFound('That delegation');
  try {
    return { row, access: requireMemberAccess(session, row.memberId, options) };
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
function inviteStaffMember(access: MemberAccess, name: string, email: string): PersonRow {
  const db = getDb();
  const person: PersonRow = {
    id: uniqueSlug(name, (id) => db.people.some((p) => p.id === id), 'staff'),
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
  };
  db.people.push(person);
  return person;
}

/**
 * Lets a staff member act for the mayor. An e-mail without an account gets one (city staff); an
 * existing account must be city staff (422 on `email`), and one that already acts for the mayor is
 * refused (409 `already_delegate`): its access is changed in the list. A revoked or expired earlier
 * grant does not stand in the way: the new grant is a new row. Every check runs before anything is
 * stored, in one synchronous step.
 */
export function createDelegation(access: MemberAccess, body: DelegationCreateBody): DelegationRow {
  const db = getDb();
  const email = body.email.trim();
  const mayor = access.subject;
  const existing = db.people.find((p) => p.email.trim().toLowerCase() === email.toLowerCase());
  if (existing) {
    const reason = notDelegable(existing, mayor);
    if (reason) throw invalid('email', reason);
    const live = db.delegations.some(
      (d) => d.delegateId === existing.id && d.memberId === access.member.id && isLiveDelegation(d),
    );
    if (live) {
      const message = `${existing.name} already acts for ${displayName(mayor)}; change their access in the list instead`;
      throw new HttpError(409, 'already_delegate', message, { email: [message] });
    }
  }
  requireEndsOnAhead(body.endsOn);
  const delegate = existing ?? inviteStaffMember(access, body.name, email);
  const row: DelegationRow = {
    id: nextId('del'),
    memberId: access.member.id,
    mayorId: mayor.id,
    delegateId: delegate.id,
    scopes: sortedScopes(body.scopes),
    endsOn: body.endsOn,
    createdAt: clock.now().toISOString(),
    revokedAt: null,
  };
  db.delegations.push(row);
  return row;
}

/** Changes what a delegate may do and until when; an expired grant given a later end date is active again. */
export function updateDelegation(row: DelegationRow, body: DelegationUpdateBody): void {
  if (row.revokedAt !== null) {
    throw new HttpError(409, 'delegation_revoked', 'This access was already revoked; invite them again instead');
  }
  requireEndsOnAhead(body.endsOn);
  row.scopes = sortedScopes(body.scopes);
  row.endsOn = body.endsOn;
}

/** Takes access away now; revoking again changes nothing (a retried DELETE answers the same). */
export function revokeDelegation(row: DelegationRow): void {
  row.revokedAt ??= clock.now().toISOString();
}
