import type { MemberRow } from '../db/rows/people';
import { HttpError } from './http-error';
import { membershipOf } from './membership';
import { possessive } from '../../src/lib/possessive';

/**
 * Member benefits (meetings, memos) belong to cities in good standing. A city in grace keeps them
 * while it pays; once its membership lapses they stop until the overdue dues are paid. Computed from
 * the invoices on every request, so paying restores them at once.
 */
export function requireNotLapsed(member: MemberRow, action: string): void {
  if (membershipOf(member).status === 'lapsed') {
    throw new HttpError(
      403,
      'membership_lapsed',
      `${possessive(member.city)} membership has lapsed, so it can't ${action}. Pay the overdue dues to restore member benefits.`,
    );
  }
}

/**
 * A benefit only member cities get: a prospective city is told to join (403 members_only), a lapsed
 * one to pay (403 membership_lapsed).
 */
export function requireMemberBenefits(member: MemberRow, action: string, membersOnlyMessage: string): void {
  if (member.kind === 'prospective') throw new HttpError(403, 'members_only', membersOnlyMessage);
  requireNotLapsed(member, action);
}
