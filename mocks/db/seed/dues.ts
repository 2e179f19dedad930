import { duesTierFor } from '../../../src/lib/dues-tiers';
import { membershipYearStarting } from '../../../src/lib/membership-year';
import { scheduleFor } from '../../../src/lib/payment-schedule';
import { numberInvoices } from '../../lib/invoice-numbers';
import { addDays } from '../dates';
import type { Prng } from '../prng';
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
    version: 0,
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
    issuedAt: `${addDays(invoice.issuedOn, 4)}T14:20:00.000Z`,
    actorId: 'marcus-bell',
    subjectId: 'marcus-bell',
  };
}

/**
 * A day this membership year `daysAgo` days before the seed date, at 14:00–21:59 UTC (office
 * hours across the US): never before the year starts, nor on the seed date itself (the seed's
 * instant is the start of that day), so in the first days of a year everything lands yesterday.
 */
export function officeInstantThisYear(ctx: SeedContext, daysAgo: number, minuteOfDay: number): string {
  const earliest = ctx.year.startsOn < ctx.today ? ctx.year.startsOn : addDays(ctx.today, -1);
  const wanted = addDays(ctx.today, -Math.max(1, daysAgo));
  const day = wanted > earliest ? wanted : earliest;
  const minutes = 14 * 60 + (Math.max(0, minuteOfDay) % (8 * 60));
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
}

/** The first two digits of ZIP codes in each state the generated cities are in. */
// prettier-ignore
const ZIP_PREFIX: Record<string, string> = {
  AR: '72', AZ: '85', CA: '94', CO: '80', CT: '06', GA: '30', ID: '83', IL: '60', IN: '46', KS: '66',
  KY: '40', LA: '70', MA: '02', MD: '20', ME: '04', MI: '48', MN: '55', MO: '63', NC: '27', NE: '68',
  NJ: '07', NM: '87', NV: '89', OH: '44', OR: '97', PA: '18', SC: '29', TN: '37', TX: '75', UT: '84',
  VA: '22', WA: '98',
};

/**
 * A generated city that has not paid this year's invoice asked MIP for one against a purchase
 * order, in the last weeks; MIP has not issued it yet, so it waits in finance's inbox.
 */
function waitingBilling(ctx: SeedContext, rnd: Prng, member: MemberRow, mayorId: string): BillingRow {
  const domain = `${member.id.replace(/-/g, '')}.example`;
  return {
    contactName: `${member.city} Finance Department`,
    contactEmail: `accounts.payable@${domain}`,
    addressLine1: 'City Hall',
    addressLine2: `${String(rnd.int(10, 980))} ${rnd.pick(['Main Street', 'Civic Center Drive', 'Market Street', 'Court Street'])}`,
    city: member.city,
    state: member.state,
    postalCode: `${ZIP_PREFIX[member.state] ?? '10'}${String(rnd.int(100, 999))}`,
    purchaseOrderNumber: `PO-${String(ctx.startYear)}-${String(rnd.int(1_000, 99_999)).padStart(5, '0')}`,
    requestedAt: officeInstantThisYear(ctx, rnd.int(6, 27), rnd.int(0, 479)),
    issuedAt: null,
    actorId: mayorId,
    subjectId: mayorId,
  };
}

export function seedDues(
  ctx: SeedContext,
  members: readonly { member: MemberRow; standing: DuesStanding }[],
): DuesSeed {
  const seed: DuesSeed = { invoices: [], paymentPlans: [], packets: [] };
  // A stream of its own, so the waiting invoice requests reshuffle none of the other dues.
  const billingRnd = ctx.prng('dues:invoice-requests');
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
    // A generated city with this year's invoice unpaid (a renewal due) asked for it by purchase order.
    if (current && standing === 'renewal_due' && current.instalments.every((i) => !i.paidOn))
      current.billing = waitingBilling(ctx, billingRnd, member, member.mayorId);
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
        sentOn: expectedBy <= ctx.today ? addDays(paidOn, 5) : null,
      });
    }
  }
  numberInvoices(seed.invoices);
  return seed;
}
