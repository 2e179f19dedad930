import type { Membership } from '../../src/api/contracts/members';
import { formatDate } from '../../src/lib/format';
import { membershipYearOf } from '../../src/lib/membership-year';
import { addDays } from '../../mocks/db/dates';
import type { InvoiceRow } from '../../mocks/db/rows/dues';
import type { MemberRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { firstOverdueInstalment, invoicesOf, isPaidInFull, paidCentsOf, today } from './invoices';

/** Unpaid dues keep a city in good standing for 90 days past the due date, then it lapses. */
export const GRACE_DAYS = 90;

/** A city's membership and, in a sentence MIP's staff can read to the city, why it is what it is. */
export interface Standing {
  membership: Membership;
  reason: string;
}

/**
 * Membership status computed from invoices and today's date (never stored, so it can't go stale):
 * an overdue instalment puts the city in grace, and 90 days later it lapses; a current-year invoice
 * paid in full or on a plan in good standing is active; an unpaid one not yet due is a renewal due.
 * `invoices` are all the city's.
 */
export function standingFrom(member: MemberRow, invoices: readonly InvoiceRow[], on = today()): Standing {
  if (member.kind === 'prospective') {
    return {
      membership: { status: 'prospective', yearLabel: null, throughOn: null, graceEndsOn: null },
      reason: 'The city has applied to join; MIP has not approved it yet.',
    };
  }
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
      ? {
          membership: { status: 'grace', yearLabel: year.label, throughOn: overdue, graceEndsOn },
          reason: `A payment due ${formatDate(overdue)} is unpaid: the city is in its ${GRACE_DAYS} days of grace, until ${formatDate(graceEndsOn)}.`,
        }
      : {
          membership: { status: 'lapsed', yearLabel: year.label, throughOn: graceEndsOn, graceEndsOn: null },
          reason: `A payment due ${formatDate(overdue)} is still unpaid ${GRACE_DAYS} days later: the membership lapsed after ${formatDate(graceEndsOn)}.`,
        };
  }
  const label = year.label;
  const current = invoices.find((i) => i.membershipYearLabel === label);
  if (!current) {
    return {
      membership: { status: 'renewal_due', yearLabel: label, throughOn: addDays(year.startsOn, -1), graceEndsOn: null },
      reason: `The city has no invoice for ${label} yet: it renews when one is issued and paid.`,
    };
  }
  const active: Membership = { status: 'active', yearLabel: label, throughOn: year.endsOn, graceEndsOn: null };
  if (isPaidInFull(current)) return { membership: active, reason: `The ${label} dues are paid in full.` };
  if (paidCentsOf(current) > 0) {
    return { membership: active, reason: `The ${label} dues are being paid on schedule; no payment is overdue.` };
  }
  // A city that joined this membership year is a member from the day MIP approved it: its first
  // invoice is not a renewal (an overdue one puts it in grace, above, like any other city).
  if (member.joinedOn !== null && member.joinedOn >= year.startsOn) {
    return {
      membership: active,
      reason: `The city joined on ${formatDate(member.joinedOn)}; its first invoice is not due yet.`,
    };
  }
  const dueOn = current.instalments[0]?.dueOn ?? year.endsOn;
  return {
    membership: { status: 'renewal_due', yearLabel: label, throughOn: dueOn, graceEndsOn: null },
    reason: `The ${label} invoice is not paid yet; its first payment is due ${formatDate(dueOn)}.`,
  };
}

/** The membership alone (see standingFrom). */
export function membershipFrom(member: MemberRow, invoices: readonly InvoiceRow[], on = today()): Membership {
  return standingFrom(member, invoices, on).membership;
}

/** The city's standing from its stored invoices (a prospective city has none to read). */
export async function standingOf(tx: StoreTx, member: MemberRow, on = today()): Promise<Standing> {
  return standingFrom(member, member.kind === 'prospective' ? [] : await invoicesOf(tx, member.id), on);
}

export async function membershipOf(tx: StoreTx, member: MemberRow, on = today()): Promise<Membership> {
  return (await standingOf(tx, member, on)).membership;
}
