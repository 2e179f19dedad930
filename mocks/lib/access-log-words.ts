import { formatMoney } from '../../src/lib/format';
import type { InvoiceRow } from '../db/rows/dues';
import type { RegistrationRow } from '../db/rows/meetings';
import type { PersonRow } from '../db/rows/people';

/**
 * The sentences of the access history, written once for the handlers that record what a delegate
 * did and for the seed, which derives its history from the records: the two must read alike.
 * Pure (no database), so the seed can use them.
 */

const names = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** "Mayor Ana Ortiz", "Jordan Lee": how a person is named in messages. */
export function displayName(person: Pick<PersonRow, 'name' | 'role'>): string {
  return person.role === 'mayor' || person.role === 'prospective' ? `Mayor ${person.name}` : person.name;
}

/** "Mayor Ana Ortiz", "Casey Quinn": an attendee as the access history names them. */
export function attendeeName({ attendee }: Pick<RegistrationRow, 'attendee'>): string {
  return attendee.kind === 'mayor' ? `Mayor ${attendee.name}` : attendee.name;
}

export function memoSubmittedWords(title: string, subject: Pick<PersonRow, 'name' | 'role'>): string {
  return `Submitted the memo request “${title}” for ${displayName(subject)}`;
}

/** One entry for the attendees registered in one go: "Registered Mayor Ana Ortiz and Jordan Lee for the …". */
export function registeredWords(rows: readonly Pick<RegistrationRow, 'attendee'>[], meetingTitle: string): string {
  return `Registered ${names.format(rows.map(attendeeName))} for the ${meetingTitle}`;
}

const money = (cents: number): string => (cents % 100 === 0 ? formatMoney(cents) : formatMoney(cents));

/**
 * "Paid instalment 1 of $2,000 for the 2026–27 dues", "Paid $4,000 for the 2026–27 dues" when the
 * invoice is one payment, "Paid instalments 1 and 2 ($4,000 in all) for …".
 */
export function paymentWords(
  paid: { instalments: readonly { number: number; amountCents: number }[]; amountCents: number },
  invoice: Pick<InvoiceRow, 'membershipYearLabel' | 'instalments'>,
): string {
  const year = `the ${invoice.membershipYearLabel} dues`;
  const [only] = paid.instalments;
  if (invoice.instalments.length === 1) return `Paid ${money(paid.amountCents)} for ${year}`;
  if (paid.instalments.length === 1 && only) {
    return `Paid installment ${String(only.number)} of ${money(only.amountCents)} for ${year}`;
  }
  const numbers = names.format(paid.instalments.map((i) => String(i.number)));
  return `Paid installments ${numbers} (${money(paid.amountCents)} in all) for ${year}`;
}
