import type { MemberRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import { possessive } from '../../src/lib/possessive';
import type { StoreTx } from '../store/store';
import { membershipOf } from './membership';

/**
 * Member benefits (meetings, memos) belong to cities in good standing. A city in grace keeps them
 * while it pays; once its membership lapses they stop until the overdue dues are paid. Computed from
 * the invoices on every request, so paying restores them at once.
 */
export async function requireNotLapsed(tx: StoreTx, member: MemberRow, action: string): Promise<void> {
  if ((await membershipOf(tx, member)).status === 'lapsed') throw lapsedRefusal(member, action);
}

export function lapsedRefusal(member: MemberRow, action: string): HttpError {
  return new HttpError(
    403,
    'membership_lapsed',
    `${possessive(member.city)} membership has lapsed, so it can't ${action}. Pay the overdue dues to restore member benefits.`,
  );
}

/**
 * A benefit only member cities get: a prospective city is told to join (403 members_only), a lapsed
 * one to pay (403 membership_lapsed).
 */
export async function requireMemberBenefits(
  tx: StoreTx,
  member: MemberRow,
  action: string,
  membersOnlyMessage: string,
): Promise<void> {
  if (member.kind === 'prospective') throw new HttpError(403, 'members_only', membersOnlyMessage);
  await requireNotLapsed(tx, member, action);
}
