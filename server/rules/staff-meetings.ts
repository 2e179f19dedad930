import type { MeetingSummary } from '../../src/api/contracts/meetings';
import type {
  InvitedCity,
  MeetingInputParsed,
  StaffMeeting,
  StaffMeetingView,
} from '../../src/api/contracts/staff-meetings';
import { clock } from '../../mocks/clock';
import { instantInZone, zonedDateTime } from '../../mocks/db/dates';
import type { MeetingRow, RegistrationRow } from '../../mocks/db/rows/meetings';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { paginate } from '../../mocks/lib/paginate';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { meetingSummaryView, meetingView } from './meetings';
import type { ActiveSession } from './sessions';

/**
 * Meetings as MIP's programs staff keep them (issue 19). A meeting's times are written as wall
 * clock times in its own zone, with that zone's offset, as the seed writes them; the rules for
 * seats, invitations and cancellation that change registrations are in meeting-changes.ts.
 */

export const isLive = (row: RegistrationRow): boolean => row.status !== 'cancelled';

/** The meeting, for MIP's programs staff only; a change holds its row. */
export async function staffMeetingFor(
  tx: StoreTx,
  session: ActiveSession,
  meetingId: string | undefined,
  forUpdate = false,
): Promise<MeetingRow> {
  requireStaffArea(session, 'programs');
  const key = { id: meetingId ?? '' };
  const row = await (forUpdate ? tx.meetings.getForUpdate(key) : tx.meetings.get(key));
  if (meetingId === undefined || !row) throw notFound('That meeting');
  return row;
}

async function invitedCitiesOf(tx: StoreTx, row: MeetingRow): Promise<InvitedCity[] | null> {
  if (row.invitedMemberIds === null) return null;
  const live = (await tx.registrations.find({ meetingId: row.id })).filter(isLive);
  const cities = await Promise.all(
    row.invitedMemberIds.map(async (memberId) => {
      const member = await tx.members.get({ id: memberId });
      return {
        memberId,
        city: member?.city ?? memberId,
        state: member?.state ?? '',
        liveRegistrations: live.filter((r) => r.memberId === memberId).length,
      };
    }),
  );
  return cities.sort((a, b) => a.city.localeCompare(b.city, 'en-US') || a.memberId.localeCompare(b.memberId));
}

export async function staffMeetingView(tx: StoreTx, row: MeetingRow): Promise<StaffMeeting> {
  return {
    ...(await meetingView(tx, row)),
    canceledAt: row.canceledAt,
    sequence: row.sequence,
    invitedCities: await invitedCitiesOf(tx, row),
    version: row.version,
  };
}

const startMs = (m: MeetingRow): number => Date.parse(m.startsAt);

/** Upcoming soonest first; past and canceled latest first; ties by id, so every store lists alike. */
export async function staffMeetingPage(
  tx: StoreTx,
  session: ActiveSession,
  query: { view: StaffMeetingView; page: number; pageSize: number },
): Promise<{ items: MeetingSummary[]; page: number; pageSize: number; total: number }> {
  requireStaffArea(session, 'programs');
  const now = clock.now().getTime();
  const all = await tx.meetings.find();
  const byStart = (a: MeetingRow, b: MeetingRow) => startMs(a) - startMs(b) || a.id.localeCompare(b.id);
  const latestFirst = (a: MeetingRow, b: MeetingRow) => byStart(b, a);
  const scheduled = all.filter((m) => m.status === 'scheduled');
  const rows =
    query.view === 'canceled'
      ? all.filter((m) => m.status === 'canceled').sort(latestFirst)
      : query.view === 'upcoming'
        ? scheduled.filter((m) => startMs(m) >= now).sort(byStart)
        : scheduled.filter((m) => startMs(m) < now).sort(latestFirst);
  const page = paginate(rows, query.page, query.pageSize);
  return { ...page, items: await Promise.all(page.items.map((m) => meetingSummaryView(tx, m))) };
}

/** "2027-07-14T09:00" in America/Chicago → "2027-07-14T09:00:00-05:00", the zone's offset at that time. */
export function zonedWallTime(wallTime: string, timeZone: string): string {
  const guess = zonedDateTime(wallTime.slice(0, 10), wallTime.slice(11, 16), timeZone);
  // The offset at noon of that day, checked at the instant itself for a day daylight saving changes.
  const exact = instantInZone(guess, timeZone);
  return exact.slice(0, 16) === wallTime ? exact : guess;
}

/** The fields a meeting's form sets, as the row keeps them. */
export function meetingFieldsOf(input: MeetingInputParsed) {
  const at = (wallTime: string) => zonedWallTime(wallTime, input.timeZone);
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    startsAt: at(input.startsAt),
    endsAt: at(input.endsAt),
    timeZone: input.timeZone,
    venue: { ...input.venue },
    registrationOpensAt: at(input.registrationOpensAt),
    registrationClosesAt: at(input.registrationClosesAt),
    capacity: input.capacity,
    travelSupportOffered: input.travelSupportOffered,
    agenda: input.agenda.map((item) => ({
      startsAt: at(item.startsAt),
      title: item.title,
      description: item.description,
    })),
  } satisfies Partial<MeetingRow>;
}

/** A new meeting: an invite-only one starts with no city invited, and none can see it until staff invite. */
export async function createMeeting(
  tx: StoreTx,
  session: ActiveSession,
  input: MeetingInputParsed,
): Promise<MeetingRow> {
  requireStaffArea(session, 'programs');
  const row: MeetingRow = {
    id: await tx.nextId('meeting'),
    ...meetingFieldsOf(input),
    status: 'scheduled',
    canceledAt: null,
    briefingBookId: null,
    trackId: null,
    invitedMemberIds: input.kind === 'invite_only' ? [] : null,
    sequence: 0,
    version: 0,
  };
  await tx.meetings.insert(row);
  return row;
}

export function requireScheduled(row: MeetingRow): void {
  if (row.status === 'canceled') {
    throw new HttpError(409, 'meeting_canceled', `The ${row.title} was canceled, so it can no longer be changed.`);
  }
}

/** What a calendar that imported the meeting shows: a change to any of it raises SEQUENCE. */
export function calendarFieldsChanged(before: MeetingRow, after: ReturnType<typeof meetingFieldsOf>): boolean {
  const place = (v: MeetingRow['venue']) => `${v.name}|${v.address}|${v.city}|${v.state}`;
  return (
    Date.parse(before.startsAt) !== Date.parse(after.startsAt) ||
    Date.parse(before.endsAt) !== Date.parse(after.endsAt) ||
    place(before.venue) !== place(after.venue) ||
    before.title !== after.title ||
    before.summary !== after.summary
  );
}

/** Moves the meeting's version on and writes it back. */
export async function saveMeeting(tx: StoreTx, row: MeetingRow): Promise<void> {
  row.version += 1;
  await tx.meetings.update(row);
}

/** A moment as the meeting writes its times: in its own zone. */
export function nowInZoneOf(row: MeetingRow): string {
  return instantInZone(clock.now().toISOString(), row.timeZone);
}
