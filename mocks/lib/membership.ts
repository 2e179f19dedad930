import type { Membership } from '../../src/api/contracts/members';
import type { MemberRow } from '../db/rows/people';
import { membershipFrom } from '../../server/rules/membership';
import { invoicesOf, today } from './invoices';

/** The memory-only form of server/rules/membership.ts, for the routes not yet moved onto the store (issue 18). */
export { GRACE_DAYS } from '../../server/rules/membership';

export function membershipOf(member: MemberRow, on = today()): Membership {
  return membershipFrom(member, invoicesOf(member.id), on);
}
