import type { MemberRow } from '../db/rows/people';
import { HttpError } from './http-error';
import { membershipOf } from './membership';
import { lapsedRefusal } from '../../server/rules/member-benefits';

/** The memory-only forms of server/rules/member-benefits.ts, for the routes not yet moved onto the store (issue 18). */
export function requireNotLapsed(member: MemberRow, action: string): void {
  if (membershipOf(member).status === 'lapsed') throw lapsedRefusal(member, action);
}

export function requireMemberBenefits(member: MemberRow, action: string, membersOnlyMessage: string): void {
  if (member.kind === 'prospective') throw new HttpError(403, 'members_only', membersOnlyMessage);
  requireNotLapsed(member, action);
}
