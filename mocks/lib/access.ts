import { getDb } from '../db/db';
import type { DelegationRow } from '../db/rows/people';
import { decideMemberAccess, isLiveDelegation, type AccessOptions, type MemberAccess } from '../../server/rules/access';
import type { ActiveSession } from '../../server/rules/sessions';
import { notFound } from './http-error';
import { findMember, mayorOf } from './people';

/**
 * The memory-only forms of server/rules/access.ts for the routes not yet moved onto the store
 * (issue 18): they read the mock's database directly and decide with the same rule.
 */
export {
  canSeeDues,
  isLiveDelegation,
  requireStaff,
  requireStaffArea,
  staffAreasOf,
  type AccessOptions,
  type MemberAccess,
} from '../../server/rules/access';

export function liveGrantsOf(personId: string): DelegationRow[] {
  return getDb().delegations.filter((d) => d.delegateId === personId && isLiveDelegation(d));
}

export function requireMemberAccess(
  session: ActiveSession,
  memberId: string,
  options: AccessOptions = {},
): MemberAccess {
  const member = findMember(memberId);
  if (!member) throw notFound('That city');
  const grants = getDb().delegations.filter((d) => d.delegateId === session.person.id && d.memberId === memberId);
  return decideMemberAccess(session, member, mayorOf(member), grants, options);
}
