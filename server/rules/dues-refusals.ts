import { formatDate, formatInstantDate } from '../../src/lib/format';
import { membershipYearOf } from '../../src/lib/membership-year';
import type { InstalmentRow } from '../../mocks/db/rows/dues';
import type { MemberRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import { formatMoney } from '../../src/lib/format';
import { possessive } from '../../src/lib/possessive';

/** The 409s of the dues changes, worded once. */

export function alreadyPaid(member: MemberRow, on: string): HttpError {
  const { label } = membershipYearOf(on);
  return new HttpError(409, 'already_paid', `${possessive(member.city)} dues for ${label} are paid in full.`);
}

export function noInvoice(on: string): HttpError {
  const { label } = membershipYearOf(on);
  return new HttpError(409, 'no_invoice', `There is no invoice for ${label} yet. Ask for this year's invoice first.`);
}

export function invoiceOverdue(overdue: InstalmentRow): HttpError {
  return new HttpError(
    409,
    'invoice_overdue',
    `A payment of ${formatMoney(overdue.amountCents)} was due on ${formatDate(overdue.dueOn)}. Pay the overdue payment first, or ask MIP for financial assistance.`,
  );
}

/** MIP set this year's schedule when it approved financial assistance: the city can't replace it. */
export function scheduleSetByMip(decidedAt: string): HttpError {
  return new HttpError(
    409,
    'schedule_set_by_mip',
    `MIP set this year's payment schedule with your financial assistance on ${formatInstantDate(decidedAt)}. To change it, ask MIP.`,
  );
}

export function applicationPending(member: MemberRow): HttpError {
  return new HttpError(
    409,
    'application_pending',
    `${member.city} has not joined MIP yet: MIP sends the first invoice once it has accepted the membership application.`,
  );
}
