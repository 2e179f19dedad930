import { endpoints } from '../../src/api/contracts/endpoints';
import { DUES_TIERS, duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { getDb } from '../db/db';
import type { MemberRow } from '../db/rows/people';
import { requireMemberAccess } from '../lib/access';
import { currentInvoiceOf, invoiceView, invoicesOf, today } from '../lib/invoices';
import { publicRoute, route } from '../lib/route';

/** The start of the city's fiscal year that today falls in ("MM-DD" on file). */
function fiscalYearStartOf(member: MemberRow, on: string): string {
  const thisYear = `${on.slice(0, 4)}-${member.fiscalYearStart}`;
  return thisYear <= on ? thisYear : `${Number(on.slice(0, 4)) - 1}-${member.fiscalYearStart}`;
}

function packetOf(
  memberId: string,
  on: string,
): { status: 'not_due' | 'preparing' | 'sent'; expectedBy: string | null } {
  const label = membershipYearOf(on).label;
  const packet = getDb().packets.find((p) => p.memberId === memberId && p.membershipYearLabel === label);
  if (!packet) return { status: 'not_due', expectedBy: null };
  // A packet being prepared counts as sent once its expected date has passed.
  return {
    status: packet.status === 'preparing' && packet.expectedBy < on ? 'sent' : packet.status,
    expectedBy: packet.expectedBy,
  };
}

export const duesRoutes = [
  route(endpoints.getDues, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { scope: 'dues' });
    const on = today();
    const current = currentInvoiceOf(member.id, on);
    const plan = getDb().paymentPlans.find((p) => p.memberId === member.id);
    return {
      memberId: member.id,
      population: member.population,
      tier: duesTierFor(member.population),
      currentInvoice: current ? invoiceView(current, on) : null,
      invoices: invoicesOf(member.id).map((i) => invoiceView(i, on)),
      paymentPlan: { instalments: plan?.instalments ?? 1, fiscalYearStartsOn: fiscalYearStartOf(member, on) },
      packet: packetOf(member.id, on),
    };
  }),

  publicRoute(endpoints.listDuesTiers, () => ({ items: [...DUES_TIERS] })),

  publicRoute(endpoints.quoteDues, ({ query }) => {
    const tier = duesTierFor(query.population);
    return { population: query.population, tier, feeCents: tier.feeCents };
  }),
];
