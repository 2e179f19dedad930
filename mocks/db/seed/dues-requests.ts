import { addMinutes } from '../dates';
import type { AssistanceRequestRow, CheckoutSessionRow, InvoiceRow } from '../rows/dues';
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

/** Cedar Falls asked MIP for help with its overdue dues two weeks ago; MIP is looking at it. */
export function seedAssistanceRequests(ctx: SeedContext): AssistanceRequestRow[] {
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
      actorId: 'dana-whitfield',
      subjectId: 'dana-whitfield',
    },
  ];
}
