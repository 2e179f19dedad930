import type { StaffArea } from '../../src/api/contracts/staff-work';
import type { Scope } from '../../src/api/contracts/common';
import { formatLongDate } from '../../src/lib/format';
import { isoDateOf } from '../../src/lib/membership-year';
import { SCOPE_WORDS } from '../../src/lib/scope-words';
import { clock } from '../../mocks/clock';
import type { DelegationRow, MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound, previewReadOnly } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { displayName, findMember, mayorOf } from './people';
import type { ActiveSession } from './sessions';

/** Who acts and for whom: a delegate acting is actor ≠ subject ("Jordan Lee for Mayor Ana Ortiz"). */
export interface MemberAccess {
  member: MemberRow;
  actor: PersonRow;
  subject: PersonRow;
  via: 'self' | 'delegate' | 'preview';
  delegation: DelegationRow | null;
}

export interface AccessOptions {
  /** The benefit area: delegates need its scope to write, and the dues scope even to read dues. */
  scope?: Scope;
  write?: boolean;
  /** Only the mayor themself (and MIP staff previewing, to read): delegation, access history, sign-in. */
  mayorOnly?: boolean;
}

export function isLiveDelegation(d: DelegationRow, today = isoDateOf(clock.now())): boolean {
  return d.revokedAt === null && (d.endsOn === null || d.endsOn >= today);
}

/** The delegations a person holds right now (not revoked, not past their end date). */
export async function liveGrantsOf(tx: StoreTx, personId: string): Promise<DelegationRow[]> {
  return (await tx.delegations.find({ delegateId: personId })).filter((d) => isLiveDelegation(d));
}

/**
 * The one place that decides who reaches a member's data. A mayor reaches their own city; a
 * delegate the cities of mayors who granted them a live delegation, within its scopes; MIP staff
 * only the member they are previewing, read-only. Everyone else gets 404, so other cities'
 * existence is not revealed.
 */
export async function requireMemberAccess(
  tx: StoreTx,
  session: ActiveSession,
  memberId: string,
  options: AccessOptions = {},
): Promise<MemberAccess> {
  const member = await findMember(tx, memberId);
  if (!member) throw notFound('That city');
  const mayor = await mayorOf(tx, member);
  const grants = await tx.delegations.find({ delegateId: session.person.id, memberId });
  return decideMemberAccess(session, member, mayor, grants, options);
}

/** The decision behind requireMemberAccess, given the city, its mayor and the person's grants for it. */
export function decideMemberAccess(
  session: ActiveSession,
  member: MemberRow,
  mayor: PersonRow,
  grants: readonly DelegationRow[],
  options: AccessOptions,
): MemberAccess {
  const { person, preview } = session;
  if (preview) {
    if (preview.memberId !== member.id) throw notFound('That city');
    if (options.write) throw previewReadOnly();
    return { member, actor: person, subject: mayor, via: 'preview', delegation: null };
  }

  if (person.role !== 'mip_staff' && person.memberId === member.id && member.mayorId === person.id) {
    return { member, actor: person, subject: person, via: 'self', delegation: null };
  }

  if (grants.length === 0) throw notFound('That city');
  const live = grants.find((d) => isLiveDelegation(d));
  if (!live) throw delegationEnded(grants, mayor);
  if (options.mayorOnly) {
    throw new HttpError(403, 'mayor_only', `Only ${displayName(mayor)} can do this; it can't be delegated.`);
  }
  const needsScope = options.scope && (options.write || options.scope === 'dues');
  if (needsScope && options.scope && !live.scopes.includes(options.scope)) {
    throw new HttpError(
      403,
      'delegate_scope',
      `${person.name} does not have permission to manage ${SCOPE_WORDS[options.scope]} for ${displayName(mayor)}`,
    );
  }
  return { member, actor: person, subject: mayor, via: 'delegate', delegation: live };
}

/**
 * The answer to a delegate whose every grant for the city has ended: the latest grant says whether
 * the mayor took it away (`delegation_revoked`) or its end date passed (`delegation_expired`).
 */
function delegationEnded(grants: readonly DelegationRow[], mayor: PersonRow): HttpError {
  const latest = [...grants].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0];
  if (latest?.revokedAt || !latest?.endsOn) {
    return new HttpError(
      403,
      'delegation_revoked',
      `Your access for ${displayName(mayor)} was revoked. Ask them to grant it again if you still need it.`,
    );
  }
  return new HttpError(
    403,
    'delegation_expired',
    `Your access for ${displayName(mayor)} ended on ${formatLongDate(latest.endsOn)}. Ask them to extend it if you still need it.`,
  );
}

/** Whether the session may see dues information of the member (used to trim dashboards). */
export function canSeeDues(access: MemberAccess): boolean {
  return access.via !== 'delegate' || (access.delegation?.scopes.includes('dues') ?? false);
}

export function requireStaff(session: ActiveSession): void {
  if (session.person.role !== 'mip_staff') {
    throw new HttpError(403, 'staff_only', 'Only MIP staff can do this.');
  }
}

/** The areas of MIP's staff whose work this person sees and answers (none for anyone else). */
export function staffAreasOf(session: ActiveSession): readonly StaffArea[] {
  return session.person.role === 'mip_staff' ? session.person.staffAreas : [];
}

/** MIP staff who work in `area`; anyone else is refused, staff of other areas with the area named. */
export function requireStaffArea(session: ActiveSession, area: StaffArea | readonly StaffArea[]): void {
  requireStaff(session);
  const areas: readonly StaffArea[] = typeof area === 'string' ? [area] : area;
  if (!areas.some((a) => staffAreasOf(session).includes(a))) {
    throw new HttpError(403, 'outside_staff_area', `Only MIP staff who work in ${areas.join(' or ')} can do this.`);
  }
}
