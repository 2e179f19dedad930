import type { ActionItem, Membership } from '../../src/api/contracts/members';
import { daysBetween, formatDate, formatDateInZone, formatMoney } from '../../src/lib/format';
import { clock } from '../clock';
import { dateInZone } from '../db/dates';
import { getDb } from '../db/db';
import { canSeeDues, type MemberAccess } from './access';
import { currentInvoiceOf, today } from './invoices';
import { isVisibleTo } from './meetings';

/** How far ahead the dashboard looks for deadlines, and how long a delivered memo stays news. */
const LOOKAHEAD_DAYS = 30;
const SOON_DAYS = 7;
const SEVERITY_ORDER = { urgent: 0, warning: 1, info: 2 } as const;

function dueIn(days: number): string {
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}

function membershipActions(access: MemberAccess, membership: Membership): ActionItem[] {
  const { member } = access;
  if (membership.status === 'prospective') {
    const application = getDb().applications.find((a) => a.memberId === member.id);
    return application?.status === 'received'
      ? [
          {
            id: 'membership-application',
            area: 'membership',
            severity: 'info',
            title: 'Your membership application is being reviewed by MIP',
            dueOn: null,
          },
        ]
      : [];
  }
  if (membership.status === 'lapsed') {
    return [
      {
        id: 'membership-lapsed',
        area: 'membership',
        severity: 'urgent',
        title: 'Membership has lapsed: pay the overdue invoice to restore member benefits',
        dueOn: null,
      },
    ];
  }
  if (membership.status === 'grace' && membership.graceEndsOn) {
    const invoice = currentInvoiceOf(member.id);
    const title =
      canSeeDues(access) && invoice
        ? `Invoice of ${formatMoney(invoice.amountCents)} is overdue: membership lapses on ${formatDate(membership.graceEndsOn)} unless it is paid`
        : `Dues are overdue: membership lapses on ${formatDate(membership.graceEndsOn)}`;
    return [
      {
        id: 'membership-grace',
        area: canSeeDues(access) ? 'dues' : 'membership',
        severity: 'urgent',
        title,
        dueOn: membership.graceEndsOn,
      },
    ];
  }
  return [];
}

function duesActions(access: MemberAccess): ActionItem[] {
  if (!canSeeDues(access)) return [];
  const invoice = currentInvoiceOf(access.member.id);
  const on = today();
  const next = invoice?.instalments.find((i) => i.paidOn === null && i.dueOn >= on);
  if (!invoice || !next) return [];
  const days = daysBetween(on, next.dueOn);
  const what =
    invoice.instalments.length > 1
      ? `Instalment ${next.number} of ${formatMoney(next.amountCents)}`
      : `Invoice of ${formatMoney(next.amountCents)}`;
  const severity = days <= LOOKAHEAD_DAYS ? 'warning' : 'info';
  return [
    {
      id: `dues-${invoice.id}-${next.number}`,
      area: 'dues',
      severity,
      title: `${what} ${dueIn(days)}`,
      dueOn: next.dueOn,
    },
  ];
}

/** Meetings whose registration closes within 30 days and for which the city has no one registered. */
function meetingActions(access: MemberAccess): ActionItem[] {
  const now = clock.now().getTime();
  const db = getDb();
  const registered = new Set(
    db.registrations.filter((r) => r.memberId === access.member.id && r.status !== 'cancelled').map((r) => r.meetingId),
  );
  return db.meetings
    .filter((m) => isVisibleTo(m, access.member.id) && !registered.has(m.id))
    .filter((m) => Date.parse(m.registrationOpensAt) <= now && Date.parse(m.registrationClosesAt) > now)
    .filter((m) => Date.parse(m.registrationClosesAt) - now <= LOOKAHEAD_DAYS * 86_400_000)
    .map((m): ActionItem => ({
      id: `meeting-registration-${m.id}`,
      area: 'meetings',
      severity: Date.parse(m.registrationClosesAt) - now <= SOON_DAYS * 86_400_000 ? 'warning' : 'info',
      title: `Registration for the ${m.title} closes ${formatDateInZone(m.registrationClosesAt, m.timeZone)}`,
      dueOn: dateInZone(m.registrationClosesAt, m.timeZone),
    }));
}

function memoActions(access: MemberAccess): ActionItem[] {
  const since = clock.now().getTime() - LOOKAHEAD_DAYS * 86_400_000;
  return getDb()
    .memoRequests.filter((m) => m.memberId === access.member.id && m.status === 'delivered')
    .filter((m) => Date.parse(m.history.at(-1)?.at ?? '') >= since)
    .map((m): ActionItem => ({
      id: `memo-delivered-${m.id}`,
      area: 'memos',
      severity: 'info',
      title: `Your memo “${m.title}” was delivered: read it in the hub`,
      dueOn: null,
    }));
}

/** The dashboard's to-do list, computed from data: urgent first, then by date. */
export function overviewActions(access: MemberAccess, membership: Membership): ActionItem[] {
  return [
    ...membershipActions(access, membership),
    ...duesActions(access),
    ...meetingActions(access),
    ...memoActions(access),
  ].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
}
