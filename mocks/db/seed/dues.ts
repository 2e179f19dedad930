import { duesTierFor } from '../../../src/lib/dues-tiers';
import { membershipYearStarting } from '../../../src/lib/membership-year';
import { scheduleFor } from '../../../src/lib/payment-schedule';
import { numberInvoices } from '../../lib/invoice-numbers';
import { addDays } from '../dates';
import type { MemberRow } from '../rows/people';
import type { BillingRow, InvoiceRow, PacketRow, PaymentPlanRow } from '../rows/dues';
import type { DuesStanding } from './generated-members';
import type { SeedContext } from './seed-context';

/** How many earlier membership years of (paid) invoices each member has on file. */
const HISTORY_YEARS = 3;
/** MIP sends the membership packet within 2–3 weeks of payment. */
export const PACKET_DAYS = 21;
/** Riverton's plan; every other city pays its invoice in one payment. */
const RIVERTON_PAYMENTS = 2;

export interface DuesSeed {
  invoices: InvoiceRow[];
  paymentPlans: PaymentPlanRow[];
  packets: PacketRow[];
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The invoice of a membership year; its id is one per city and year. Its number is given when the
 * year's invoices are known (numberInvoices, nextInvoiceNumber): MIP numbers them in sequence.
 */
export function invoiceRow(member: MemberRow, startYear: number, instalments: InvoiceRow['instalments']): InvoiceRow {
  const year = membershipYearStarting(startYear);
  return {
    id: `inv-${member.id}-${startYear}`,
    memberId: member.id,
    number: '',
    membershipYearLabel: year.label,
    amountCents: duesTierFor(member.population).feeCents,
    // Invoices go out a month before the membership year starts.
    issuedOn: addDays(year.startsOn, -30),
    instalments,
    billing: null,
  };
}

/** A single payment due Sep 30 of the membership year; paid in August when `paid`. */
function singlePayment(member: MemberRow, startYear: number, paidOn: string | null): InvoiceRow {
  const fee = duesTierFor(member.population).feeCents;
  return invoiceRow(member, startYear, [{ number: 1, dueOn: `${startYear}-09-30`, amountCents: fee, paidOn }]);
}

function currentInvoice(
  ctx: SeedContext,
  member: MemberRow,
  standing: DuesStanding | 'riverton' | 'cedar-falls',
): InvoiceRow | null {
  const start = ctx.startYear;
  const fee = duesTierFor(member.population).feeCents;
  switch (standing) {
    case 'riverton': {
      // Two payments at the ends of the city's fiscal halves, set at the start of the year by the
      // API's rule; the first made early, on Jul 27 (or yesterday, in the year's first days: the
      // seed's instant is the start of today, so a payment made today would not have happened yet).
      const plan = scheduleFor({
        feeCents: fee,
        payments: [],
        count: RIVERTON_PAYMENTS,
        fiscalYearStartMonth: Number(member.fiscalYearStart.slice(0, 2)),
        year: ctx.year,
        today: ctx.year.startsOn,
      });
      if (!plan.possible) throw new Error(`No plan of ${RIVERTON_PAYMENTS} payments for ${ctx.year.label}`);
      const [first, ...rest] = plan.payments;
      if (!first) throw new Error('A plan has a first payment');
      return invoiceRow(member, start, [
        { ...first, paidOn: earlier(addDays(ctx.year.startsOn, 26), addDays(ctx.today, -1)) },
        ...rest,
      ]);
    }
    case 'cedar-falls':
      return singlePayment(member, start, null);
    case 'paid':
      return singlePayment(member, start, earlier(addDays(ctx.year.startsOn, 20), ctx.today));
    case 'renewal_due':
      return invoiceRow(member, start, [{ number: 1, dueOn: addDays(ctx.today, 30), amountCents: fee, paidOn: null }]);
    case 'lapsed':
      return null;
  }
}

function lakeportBilling(invoice: InvoiceRow): BillingRow {
  return {
    contactName: 'Lakeport Accounts Payable',
    contactEmail: 'accounts.payable@lakeport.example',
    addressLine1: 'City Hall, Room 501',
    addressLine2: '1 Civic Center Plaza',
    city: 'Lakeport',
    state: 'IL',
    postalCode: '60690',
    purchaseOrderNumber: `PO-${invoice.membershipYearLabel.slice(0, 4)}-00417`,
    requestedAt: `${addDays(invoice.issuedOn, 3)}T15:10:00.000Z`,
    actorId: 'marcus-bell',
    subjectId: 'marcus-bell',
  };
}

export function seedDues(
  ctx: SeedContext,
  members: readonly { member: MemberRow; standing: DuesStanding }[],
): DuesSeed {
  const seed: DuesSeed = { invoices: [], paymentPlans: [], packets: [] };
  for (const { member, standing } of members) {
    if (member.kind !== 'member') continue;
    const special = member.id === 'riverton' || member.id === 'cedar-falls' ? member.id : standing;
    const joinedYear = Number((member.joinedOn ?? ctx.today).slice(0, 4));
    for (let y = Math.max(joinedYear, ctx.startYear - HISTORY_YEARS); y < ctx.startYear; y += 1) {
      // A lapsed city stopped paying last year.
      const unpaid = standing === 'lapsed' && y === ctx.startYear - 1;
      seed.invoices.push(singlePayment(member, y, unpaid ? null : `${y}-08-${String(10 + (y % 15)).padStart(2, '0')}`));
    }
    const current = currentInvoice(ctx, member, special);
    // Lakeport pays by purchase order: its invoice carries the billing contact Marcus Bell gave.
    if (current && member.id === 'lakeport') current.billing = lakeportBilling(current);
    if (current) seed.invoices.push(current);
    seed.paymentPlans.push({ memberId: member.id, instalments: member.id === 'riverton' ? RIVERTON_PAYMENTS : 1 });
    const paidOn = current?.instalments.every((i) => i.paidOn) ? current.instalments.at(-1)?.paidOn : null;
    if (current && paidOn) {
      const expectedBy = addDays(paidOn, PACKET_DAYS);
      seed.packets.push({
        memberId: member.id,
        membershipYearLabel: current.membershipYearLabel,
        status: expectedBy <= ctx.today ? 'sent' : 'preparing',
        expectedBy,
      });
    }
  }
  numberInvoices(seed.invoices);
  return seed;
}
