import type { ActionItem, Membership } from '../../src/api/contracts/members';
import { formatMoney } from '../../src/lib/format';
import { clock } from '../clock';
import { dateInZone } from '../db/dates';
import { getDb } from '../db/db';
import type { MeetingRow, RegistrationRow } from '../db/rows/meetings';
import type { MemberAccess } from './access';
import { isVisibleTo } from './meetings';
import { relativeDay } from './relative-day';

/** How far ahead the dashboard looks for a closing registration, and when it becomes a warning. */
const LOOKAHEAD_MS = 30 * 86_400_000;
const SOON_MS = 7 * 86_400_000;

/** A lapsed city can't register; a city that has not joined yet only for a Winter Meeting. */
function mayRegisterFor(meeting: MeetingRow, membership: Membership): boolean {
  if (membership.status === 'lapsed') return false;
  return membership.status !== 'prospective' || meeting.kind === 'winter';
}

/** Meetings whose registration closes within 30 days and for which the city has no one registered. */
export function registrationClosingActions(access: MemberAccess, membership: Membership): ActionItem[] {
  const now = clock.now();
  const db = getDb();
  const registered = new Set(
    db.registrations.filter((r) => r.memberId === access.member.id && r.status !== 'cancelled').map((r) => r.meetingId),
  );
  return db.meetings
    .filter((m) => isVisibleTo(m, access.member.id) && !registered.has(m.id) && mayRegisterFor(m, membership))
    .filter(
      (m) => Date.parse(m.registrationOpensAt) <= now.getTime() && Date.parse(m.registrationClosesAt) > now.getTime(),
    )
    .filter((m) => Date.parse(m.registrationClosesAt) - now.getTime() <= LOOKAHEAD_MS)
    .map((m): ActionItem => ({
      id: `meeting-registration-${m.id}`,
      area: 'meetings',
      severity: Date.parse(m.registrationClosesAt) - now.getTime() <= SOON_MS ? 'warning' : 'info',
      title: `Registration for the ${m.title} closes ${relativeDay(m.registrationClosesAt, m.timeZone, now)}`,
      dueOn: dateInZone(m.registrationClosesAt, m.timeZone),
      about: { type: 'meeting', id: m.id },
    }));
}

/**
 * Where the city's travel-support requests stand, one action per coming meeting. With several
 * requests for one meeting the one that needs attention speaks: a decline (the city may need other
 * funding) before a pending request, before approvals (whose amounts add up).
 */
export function travelSupportActions(access: MemberAccess): ActionItem[] {
  const now = clock.now().getTime();
  const db = getDb();
  const requests = db.registrations.filter(
    (r) => r.memberId === access.member.id && r.status !== 'cancelled' && r.travelSupport !== null,
  );
  return db.meetings
    .filter((m) => Date.parse(m.startsAt) > now)
    .flatMap((m): ActionItem[] => {
      const ours = requests.filter((r) => r.meetingId === m.id);
      if (ours.length === 0) return [];
      const has = (status: string): boolean => ours.some((r) => r.travelSupport?.status === status);
      const what = `Travel support for the ${m.title}`;
      const base = { id: `meeting-travel-support-${m.id}`, area: 'meetings', dueOn: null } as const;
      const about = { type: 'meeting', id: m.id } as const;
      if (has('declined')) return [{ ...base, severity: 'warning', title: `${what}: declined`, about }];
      if (has('requested')) return [{ ...base, severity: 'info', title: `${what}: waiting for MIP's decision`, about }];
      const approved = formatMoney(sumApproved(ours));
      return [{ ...base, severity: 'info', title: `${what}: approved (${approved})`, about }];
    });
}

function sumApproved(rows: readonly RegistrationRow[]): number {
  return rows.reduce(
    (sum, r) =>
      sum +
      (r.travelSupport?.status === 'approved'
        ? (r.travelSupport.approvedCents ?? r.travelSupport.estimatedCostCents)
        : 0),
    0,
  );
}
