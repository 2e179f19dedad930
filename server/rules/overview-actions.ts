import type { ActionItem, Membership } from '../../src/api/contracts/members';
import { daysBetween, formatDate, formatMoney } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import { registrationClosingActions, travelSupportActions } from './meeting-actions';
import type { StoreTx } from '../store/store';
import { canSeeDues, type MemberAccess } from './access';
import { currentInvoiceOf, today } from './invoices';

/** How far ahead the dashboard looks for deadlines, and how long a delivered memo stays news. */
const LOOKAHEAD_DAYS = 30;
const SEVERITY_ORDER = { urgent: 0, warning: 1, info: 2 } as const;

function dueIn(days: number): string {
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}

async function membershipActions(tx: StoreTx, access: MemberAccess, membership: Membership): Promise<ActionItem[]> {
  const { member } = access;
  if (membership.status === 'prospective') {
    const [application] = await tx.applications.find({ memberId: member.id });
    if (application?.status === 'information_requested') {
      return [
        {
          id: 'membership-application-question',
          area: 'membership',
          severity: 'warning',
          title: 'MIP asked a question about your membership application: answer it to move it along',
          dueOn: null,
          about: null,
        },
      ];
    }
    return application?.status === 'received' || application?.status === 'answered'
      ? [
          {
            id: 'membership-application',
            area: 'membership',
            severity: 'info',
            title: 'Your membership application is being reviewed by MIP',
            dueOn: null,
            about: null,
          },
        ]
      : [];
  }
  if (membership.status === 'lapsed') {
    // As in grace: the invoice to pay is named only to those who may see dues.
    const invoice = canSeeDues(access) ? await currentInvoiceOf(tx, member.id) : undefined;
    return [
      {
        id: 'membership-lapsed',
        area: invoice ? 'dues' : 'membership',
        severity: 'urgent',
        title: 'Membership has lapsed: pay the overdue invoice to restore member benefits',
        dueOn: null,
        about: invoice ? { type: 'invoice', id: invoice.id } : null,
      },
    ];
  }
  if (membership.status === 'grace' && membership.graceEndsOn) {
    // The invoice is named (and linked) only to those who may see dues.
    const invoice = canSeeDues(access) ? await currentInvoiceOf(tx, member.id) : undefined;
    const title = invoice
      ? `Invoice of ${formatMoney(invoice.amountCents)} is overdue: membership lapses on ${formatDate(membership.graceEndsOn)} unless it is paid`
      : `Dues are overdue: membership lapses on ${formatDate(membership.graceEndsOn)}`;
    return [
      {
        id: 'membership-grace',
        area: canSeeDues(access) ? 'dues' : 'membership',
        severity: 'urgent',
        title,
        dueOn: membership.graceEndsOn,
        about: invoice ? { type: 'invoice', id: invoice.id } : null,
      },
    ];
  }
  return [];
}

async function duesActions(tx: StoreTx, access: MemberAccess): Promise<ActionItem[]> {
  if (!canSeeDues(access)) return [];
  const invoice = await currentInvoiceOf(tx, access.member.id);
  const on = today();
  const next = invoice?.instalments.find((i) => i.paidOn === null && i.dueOn >= on);
  if (!invoice || !next) return [];
  const days = daysBetween(on, next.dueOn);
  const what =
    invoice.instalments.length > 1
      ? `Installment ${next.number} of ${formatMoney(next.amountCents)}`
      : `Invoice of ${formatMoney(next.amountCents)}`;
  const severity = days <= LOOKAHEAD_DAYS ? 'warning' : 'info';
  return [
    {
      id: `dues-${invoice.id}-${next.number}`,
      area: 'dues',
      severity,
      title: `${what} ${dueIn(days)}`,
      dueOn: next.dueOn,
      about: { type: 'invoice', id: invoice.id },
    },
  ];
}

/** Memos delivered lately, in the order they were asked for. */
async function memoActions(tx: StoreTx, access: MemberAccess): Promise<ActionItem[]> {
  const since = clock.now().getTime() - LOOKAHEAD_DAYS * 86_400_000;
  const delivered = await tx.memoRequests.find({ memberId: access.member.id, status: 'delivered' });
  return delivered
    .filter((m) => Date.parse(m.history.at(-1)?.at ?? '') >= since)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
    .map((m): ActionItem => ({
      id: `memo-delivered-${m.id}`,
      area: 'memos',
      severity: 'info',
      title: `Your memo “${m.title}” was delivered: read it in the hub`,
      dueOn: null,
      about: { type: 'memo', id: m.id },
    }));
}

/** The dashboard's to-do list, computed from data: urgent first, then by date. */
export async function overviewActions(
  tx: StoreTx,
  access: MemberAccess,
  membership: Membership,
): Promise<ActionItem[]> {
  return [
    ...(await membershipActions(tx, access, membership)),
    ...(await duesActions(tx, access)),
    ...(await registrationClosingActions(tx, access, membership)),
    ...(await travelSupportActions(tx, access)),
    ...(await memoActions(tx, access)),
  ].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
}
