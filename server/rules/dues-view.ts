import type { Dues } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import type { MemberRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { assistanceRequestView, currentAssistanceRequestOf } from './assistance-requests';
import { currentInvoiceOf, invoiceView, invoicesOf, today } from './invoices';
import { pendingPopulationChange, populationOn } from './population';

/** The start of the city's fiscal year that `on` falls in ("MM-DD" on file). */
export function fiscalYearStartOf(member: Pick<MemberRow, 'fiscalYearStart'>, on: string): string {
  const thisYear = `${on.slice(0, 4)}-${member.fiscalYearStart}`;
  return thisYear <= on ? thisYear : `${String(Number(on.slice(0, 4)) - 1)}-${member.fiscalYearStart}`;
}

/** The packet of a membership year as members and staff see it. */
export async function packetViewOf(tx: StoreTx, memberId: string, label: string, on: string): Promise<Dues['packet']> {
  const packet = await tx.packets.get({ memberId, membershipYearLabel: label });
  if (!packet) return { status: 'not_due', expectedBy: null, sentOn: null };
  // A packet being prepared counts as sent once its expected date has passed.
  return {
    status: packet.status === 'preparing' && packet.expectedBy < on ? 'sent' : packet.status,
    expectedBy: packet.expectedBy,
    sentOn: packet.sentOn,
  };
}

/** The city's plan on file: how many payments its dues are split into (one unless it chose). */
export async function paymentCountOf(tx: StoreTx, memberId: string): Promise<1 | 2 | 4> {
  return (await tx.paymentPlans.get({ memberId }))?.instalments ?? 1;
}

/** The dues page's data: tier, invoices, plan, packet and this year's assistance request. */
export async function duesView(tx: StoreTx, member: MemberRow, on = today()): Promise<Dues> {
  const current = await currentInvoiceOf(tx, member.id, on);
  const assistance = await currentAssistanceRequestOf(tx, member.id, on);
  const { population } = populationOn(member, on);
  const change = pendingPopulationChange(member, on);
  return {
    memberId: member.id,
    population,
    tier: duesTierFor(population),
    nextYear: change && {
      population: change.population,
      tier: duesTierFor(change.population),
      yearLabel: membershipYearOf(change.appliesFrom).label,
      startsOn: change.appliesFrom,
    },
    currentInvoice: current ? await invoiceView(tx, current, on) : null,
    invoices: await Promise.all((await invoicesOf(tx, member.id)).map((i) => invoiceView(tx, i, on))),
    paymentPlan: {
      instalments: await paymentCountOf(tx, member.id),
      fiscalYearStartsOn: fiscalYearStartOf(member, on),
    },
    packet: await packetViewOf(tx, member.id, membershipYearOf(on).label, on),
    assistanceRequest: assistance ? await assistanceRequestView(tx, assistance) : null,
  };
}
