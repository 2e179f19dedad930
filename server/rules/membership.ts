import type { Membership } from '../../src/api/contracts/members';
import { membershipYearOf } from '../../src/lib/membership-year';
import { addDays } from '../../mocks/db/dates';
import type { InvoiceRow } from '../../mocks/db/rows/dues';
import type { MemberRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { firstOverdueInstalment, invoicesOf, isPaidInFull, paidCentsOf, today } from './invoices';

/** Unpaid dues keep a city in good standing for 90 days past the due date, then it lapses. */
export const GRACE_DAYS = 90;

/**
 * Membership status computed from invoices and today's date (never stored, so it can't go stale):
 * an overdue instalment puts the city in grace, and 90 days later it lapses; a current-year invoice
 * paid in full or on a plan in good standing is active; an unpaid one not yet due is a renewal due. `invoices` are all the city's.
 */
export function membershipFrom(member: MemberRow, invoices: readonly InvoiceRow[], on = today()): Membership {
  if (member.kind === 'prospective')
    return { status: 'prospective', yearLabel: null, throughOn: null, graceEndsOn: null };
  const year = membershipYearOf(on);
  const overdue = invoices
    .flatMap((invoice) => {
      const instalment = firstOverdueInstalment(invoice, on);
      return instalment ? [instalment.dueOn] : [];
    })
    .sort()[0];
  if (overdue) {
    const graceEndsOn = addDays(overdue, GRACE_DAYS);
    return on <= graceEndsOn
      ? { status: 'grace', yearLabel: year.label, throughOn: overdue, graceEndsOn }
      : { status: 'lapsed', yearLabel: year.label, throughOn: graceEndsOn, graceEndsOn: null };
  }
  const label = year.label;
  const current = invoices.find((i) => i.membershipYearLabel === label);
  if (!current) {
    return { status: 'renewal_due', yearLabel: year.label, throughOn: addDays(year.startsOn, -1), graceEndsOn: null };
  }
  if (isPaidInFull(current) || paidCentsOf(current) > 0) {
    return { status: 'active', yearLabel: year.label, throughOn: year.endsOn, graceEndsOn: null };
  }
  // A city that joined this membership year is a member from the day MIP approved it: its first
  // invoice is not a renewal (an overdue one puts it in grace, above, like any other city).
  if (member.joinedOn !== null && member.joinedOn >= year.startsOn) {
    return { status: 'active', yearLabel: year.label, throughOn: year.endsOn, graceEndsOn: null };
  }
  const dueOn = current.instalments[0]?.dueOn ?? year.endsOn;
  return { status: 'renewal_due', yearLabel: year.label, throughOn: dueOn, graceEndsOn: null };
}

export async function membershipOf(tx: StoreTx, member: MemberRow, on = today()): Promise<Membership> {
  return membershipFrom(member, member.kind === 'prospective' ? [] : await invoicesOf(tx, member.id), on);
}
