import type { Dues } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { getDb } from '../db/db';
import type { MemberRow } from '../db/rows/people';
import { assistanceRequestView, currentAssistanceRequestOf } from './assistance-requests';
import { currentInvoiceOf, invoiceView, invoicesOf, today } from './invoices';

/** The start of the city's fiscal year that `on` falls in ("MM-DD" on file). */
export function fiscalYearStartOf(member: Pick<MemberRow, 'fiscalYearStart'>, on: string): string {
  const thisYear = `${on.slice(0, 4)}-${member.fiscalYearStart}`;
  return thisYear <= on ? thisYear : `${String(Number(on.slice(0, 4)) - 1)}-${member.fiscalYearStart}`;
}

/** The packet of a membership year as members and staff see it. */
export function packetViewOf(memberId: string, label: string, on: string): Dues['packet'] {
  const packet = getDb().packets.find((p) => p.memberId === memberId && p.membershipYearLabel === label);
  if (!packet) return { status: 'not_due', expectedBy: null, sentOn: null };
  // A packet being prepared counts as sent once its expected date has passed.
  return {
    status: packet.status === 'preparing' && packet.expectedBy < on ? 'sent' : packet.status,
    expectedBy: packet.expectedBy,
    sentOn: packet.sentOn,
  };
}

/** The city's plan on file: how many payments its dues are split into (one unless it chose). */
export function paymentCountOf(memberId: string): 1 | 2 | 4 {
  return getDb().paymentPlans.find((p) => p.memberId === memberId)?.instalments ?? 1;
}

/** The dues page's data: tier, invoices, plan, packet and this year's assistance request. */
export function duesView(member: MemberRow, on = today()): Dues {
  const current = currentInvoiceOf(member.id, on);
  const assistance = currentAssistanceRequestOf(member.id, on);
  return {
    memberId: member.id,
    population: member.population,
    tier: duesTierFor(member.population),
    currentInvoice: current ? invoiceView(current, on) : null,
    invoices: invoicesOf(member.id).map((i) => invoiceView(i, on)),
    paymentPlan: { instalments: paymentCountOf(member.id), fiscalYearStartsOn: fiscalYearStartOf(member, on) },
    packet: packetViewOf(member.id, membershipYearOf(on).label, on),
    assistanceRequest: assistance ? assistanceRequestView(assistance) : null,
  };
}
