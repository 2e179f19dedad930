import type { ActionItem, Membership } from '../../src/api/contracts/members';
import { formatMoney } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import { dateInZone } from '../../mocks/db/dates';
import type { MeetingRow, RegistrationRow } from '../../mocks/db/rows/meetings';
import { relativeDay } from '../../mocks/lib/relative-day';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { isVisibleTo } from './meetings';

/** How far ahead the dashboard looks for a closing registration, and when it becomes a warning. */
const LOOKAHEAD_MS = 30 * 86_400_000;
const SOON_MS = 7 * 86_400_000;

/** A lapsed city can't register; a city that has not joined yet only for a Winter Meeting. */
function mayRegisterFor(meeting: MeetingRow, membership: Membership): boolean {
  if (membership.status === 'lapsed') return false;
  return membership.status !== 'prospective' || meeting.kind === 'winter';
}

/** The meetings and the city's registrations, as the dashboard reads them: meetings in date order. */
async function meetingsAndRegistrations(
  tx: StoreTx,
  memberId: string,
): Promise<{ meetings: MeetingRow[]; registrations: RegistrationRow[] }> {
  const meetings = (await tx.meetings.find()).sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id),
  );
  return { meetings, registrations: await tx.registrations.find({ memberId }) };
}

export async function registrationClosingActions(
  tx: StoreTx,
  access: MemberAccess,
  membership: Membership,
): Promise<ActionItem[]> {
  const { meetings, registrations } = await meetingsAndRegistrations(tx, access.member.id);
  return registrationClosingActionsFrom(access.member.id, meetings, registrations, membership);
}

export async function travelSupportActions(tx: StoreTx, access: MemberAccess): Promise<ActionItem[]> {
  const { meetings, registrations } = await meetingsAndRegistrations(tx, access.member.id);
  return travelSupportActionsFrom(access.member.id, meetings, registrations);
}

/**
 * Meetings whose registration closes within 30 days and for which the city has no one registered.
 * Pure, over the rows given, so the memory-only form (mocks/lib/meeting-actions.ts) shares it.
 */
export function registrationClosingActionsFrom(
  memberId: string,
  meetings: readonly MeetingRow[],
  registrations: readonly RegistrationRow[],
  membership: Membership,
): ActionItem[] {
  const now = clock.now();
  const registered = new Set(
    registrations.filter((r) => r.memberId === memberId && r.status !== 'cancelled').map((r) => r.meetingId),
  );
  return meetings
    .filter((m) => isVisibleTo(m, memberId) && !registered.has(m.id) && mayRegisterFor(m, membership))
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
export function travelSupportActionsFrom(
  memberId: string,
  meetings: readonly MeetingRow[],
  registrations: readonly RegistrationRow[],
): ActionItem[] {
  const now = clock.now().getTime();
  const requests = registrations.filter(
    (r) => r.memberId === memberId && r.status !== 'cancelled' && r.travelSupport !== null,
  );
  return meetings
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
