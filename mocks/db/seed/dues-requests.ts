import { addMinutes } from '../dates';
import type { AssistanceRequestRow, CheckoutSessionRow, InvoiceRow } from '../rows/dues';
import type { MemberRow } from '../rows/people';
import { officeInstantThisYear } from './dues';
import type { SeedContext } from './seed-context';

const DAY_MINUTES = 24 * 60;

/**
 * Jordan paid Riverton's first instalment by card for Ana: the finished checkout behind it, so the
 * receipt, the checkout read and Ana's access history have something real to show.
 */
export function seedCheckoutSessions(invoices: readonly InvoiceRow[]): CheckoutSessionRow[] {
  const invoice = invoices.find((i) => i.memberId === 'riverton' && i.instalments.length > 1);
  const first = invoice?.instalments[0];
  if (!invoice || !first?.paidOn) return [];
  const createdAt = `${first.paidOn}T16:42:00.000Z`;
  return [
    {
      id: `cs-seed-${invoice.id}-1`,
      invoiceId: invoice.id,
      memberId: invoice.memberId,
      instalments: [{ number: first.number, dueOn: first.dueOn, amountCents: first.amountCents }],
      amountCents: first.amountCents,
      description: `Riverton membership dues ${invoice.membershipYearLabel}, payment 1 of ${String(invoice.instalments.length)}`,
      status: 'paid',
      returnUrl: 'http://localhost:5173/m/riverton/dues',
      createdAt,
      expiresAt: addMinutes(createdAt, 30),
      completedAt: addMinutes(createdAt, 3),
      declineMessage: null,
      actorId: 'jordan-lee',
      subjectId: 'ana-ortiz',
    },
  ];
}

/** Why a city asks for help, and the share of the fee it says it can pay. */
// prettier-ignore
const HARDSHIPS: [reason: string, canPayShare: number][] = [
  [
    'Sales tax receipts came in well under budget and council froze discretionary spending until spring. ' +
      'We have asked for an invoice against the part council approved and would like to talk about the rest.',
    0.5,
  ],
  [
    'Last spring’s flooding used up our reserves and FEMA reimbursement is still months away. ' +
      'Staying in MIP matters to us; this year we can manage a little under half of the dues.',
    0.4,
  ],
  [
    'We lost a third of our budget when the state cut revenue sharing. ' +
      'We would like to keep our membership and can pay about a quarter of the fee this year.',
    0.25,
  ],
];

/**
 * Generated cities with this year's invoice still open asked MIP for help with it in the last
 * weeks: the latest is new, the others MIP is looking at (never more than one open per city).
 */
function waitingAssistanceRequests(
  ctx: SeedContext,
  invoices: readonly InvoiceRow[],
  members: readonly MemberRow[],
): AssistanceRequestRow[] {
  const rnd = ctx.prng('dues:assistance-requests');
  const open = invoices.filter(
    (i) =>
      i.membershipYearLabel === ctx.year.label &&
      !NAMED_CITIES.has(i.memberId) &&
      i.instalments.every((instalment) => !instalment.paidOn),
  );
  const rows = open.slice(0, HARDSHIPS.length).flatMap((invoice, index): AssistanceRequestRow[] => {
    const member = members.find((m) => m.id === invoice.memberId);
    const [reason, share] = HARDSHIPS[index] ?? HARDSHIPS[0] ?? ['', 0.5];
    if (!member || member.kind !== 'member') return [];
    return [
      {
        id: `assist-${member.id}-${String(ctx.startYear)}`,
        memberId: member.id,
        membershipYearLabel: ctx.year.label,
        status: 'under_review',
        reason,
        // A round amount under the fee: what the city says it can pay.
        canPayCents: Math.max(5_000, Math.floor((invoice.amountCents * share) / 5_000) * 5_000),
        submittedAt: officeInstantThisYear(ctx, rnd.int(2, 24), rnd.int(0, 479)),
        decidedAt: null,
        decisionNote: null,
        decision: null,
        actorId: member.mayorId,
        subjectId: member.mayorId,
        version: 0,
      },
    ];
  });
  // The most recent one MIP has not opened yet.
  const newest = [...rows].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
  if (newest) newest.status = 'submitted';
  return rows;
}

/** The demo cities: their requests are told by hand, below. */
const NAMED_CITIES = new Set(['riverton', 'lakeport', 'cedar-falls', 'millbrook']);

/**
 * Cedar Falls asked MIP for help with its overdue dues two weeks ago; MIP is looking at it. A few
 * generated cities with this year's dues unpaid asked too.
 */
export function seedAssistanceRequests(
  ctx: SeedContext,
  invoices: readonly InvoiceRow[],
  members: readonly MemberRow[],
): AssistanceRequestRow[] {
  return [
    {
      id: `assist-cedar-falls-${String(ctx.startYear)}`,
      memberId: 'cedar-falls',
      membershipYearLabel: ctx.year.label,
      status: 'under_review',
      reason:
        'Our largest employer closed the plant this spring and the council cut every department by 8 percent. ' +
        'We want to stay in MIP, but this year we can pay about a third of the dues.',
      canPayCents: 25_000,
      submittedAt: addMinutes(ctx.now, -14 * DAY_MINUTES + 15 * 60 + 20),
      decidedAt: null,
      decisionNote: null,
      decision: null,
      actorId: 'dana-whitfield',
      subjectId: 'dana-whitfield',
      version: 0,
    },
    ...waitingAssistanceRequests(ctx, invoices, members),
  ];
}
