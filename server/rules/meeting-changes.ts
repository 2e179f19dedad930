import type { InvitationsBody, MeetingInputParsed } from '../../src/api/contracts/staff-meetings';
import { formatCount, formatDateInZone } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { MeetingRow, RegistrationRow } from '../../mocks/db/rows/meetings';
import { attendeeName } from '../../mocks/lib/access-log-words';
import { HttpError } from '../../mocks/lib/http-error';
import { outboxWords, type EmailWords } from '../../mocks/lib/outbox-words';
import type { StoreTx } from '../store/store';
import { notifyRequestUpdate } from './outbox';
import { fillFreeSeats, seatsTaken } from './seats';
import {
  calendarFieldsChanged,
  isLive,
  meetingFieldsOf,
  nowInZoneOf,
  requireScheduled,
  saveMeeting,
} from './staff-meetings';

/**
 * The changes MIP's programs staff make to a meeting that reach its registrations (issue 19):
 * capacity, invitations and cancellation. Each runs while the meeting's row is held, the order every
 * seat change takes, so a registration arriving meanwhile waits and then sees the meeting as it is.
 * Each city whose registrations change is told once, through the outbox.
 */

const names = (rows: readonly RegistrationRow[]): string => {
  const all = rows.map(attendeeName);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
};

/** One e-mail per city (to each person who registered someone, and the mayor they acted for). */
async function tellEachCity(
  tx: StoreTx,
  meeting: MeetingRow,
  rows: readonly RegistrationRow[],
  words: (memberId: string, rowsOfCity: RegistrationRow[]) => EmailWords,
): Promise<void> {
  const byCity = new Map<string, RegistrationRow[]>();
  for (const row of rows) byCity.set(row.memberId, [...(byCity.get(row.memberId) ?? []), row]);
  for (const [memberId, rowsOfCity] of byCity) {
    await notifyRequestUpdate(tx, {
      ...words(memberId, rowsOfCity),
      memberId,
      personIds: rowsOfCity.flatMap((r) => [r.subjectId, r.actorId]),
      recordKind: 'meeting',
      recordId: meeting.id,
    });
  }
}

/** Seats the waitlist in order while seats are free, and tells each city promoted. */
async function promoteWaitlist(tx: StoreTx, meeting: MeetingRow): Promise<void> {
  const promoted = await fillFreeSeats(tx, meeting);
  await tellEachCity(tx, meeting, promoted, (memberId, rows) =>
    outboxWords.seatConfirmed(memberId, meeting.id, meeting.title, names(rows)),
  );
}

/**
 * Changes a meeting's fields. A capacity below the seats taken would take seats from people told
 * they have one, so it is refused at the field; a higher one (or none) seats the waitlist.
 */
export async function updateMeeting(tx: StoreTx, row: MeetingRow, input: MeetingInputParsed): Promise<MeetingRow> {
  requireScheduled(row);
  const fields = meetingFieldsOf(input);
  const taken = await seatsTaken(tx, row.id);
  if (fields.capacity !== null && fields.capacity < taken) {
    throw new HttpError(422, 'capacity_below_registered', `${formatCount(taken)} people hold a seat already.`, {
      capacity: [`${formatCount(taken)} people hold a seat: keep at least ${formatCount(taken)} seats`],
    });
  }
  if (calendarFieldsChanged(row, fields)) row.sequence += 1;
  // Opening an invite-only meeting to all shows it to every city; closing one keeps the cities
  // that registered already invited, so nobody loses a meeting they are coming to.
  if (fields.kind === 'invite_only' && row.invitedMemberIds === null) {
    const live = (await tx.registrations.find({ meetingId: row.id })).filter(isLive);
    row.invitedMemberIds = [...new Set(live.map((r) => r.memberId))].sort();
  } else if (fields.kind !== 'invite_only') {
    row.invitedMemberIds = null;
  }
  Object.assign(row, fields);
  await saveMeeting(tx, row);
  await promoteWaitlist(tx, row);
  return row;
}

/** Cancels each of the rows (held first) and frees their seats for the waitlist. */
async function cancelRegistrations(tx: StoreTx, rows: readonly RegistrationRow[]): Promise<RegistrationRow[]> {
  const canceled: RegistrationRow[] = [];
  for (const { id } of rows) {
    const row = await tx.registrations.getForUpdate({ id });
    if (!row || !isLive(row)) continue;
    row.status = 'cancelled';
    await tx.registrations.update(row);
    canceled.push(row);
  }
  return canceled;
}

/**
 * Sets the cities invited to an invite-only meeting. A city removed loses its registrations, so
 * removing one that has any is refused until the page has asked and the body confirms.
 */
export async function setInvitations(
  tx: StoreTx,
  row: MeetingRow,
  body: Required<InvitationsBody>,
): Promise<MeetingRow> {
  requireScheduled(row);
  if (row.invitedMemberIds === null) {
    throw new HttpError(
      409,
      'meeting_open_to_all',
      `Every member city can see the ${row.title}: only invite-only meetings take invitations.`,
    );
  }
  const unknown: string[] = [];
  for (const memberId of body.memberIds) {
    const member = await tx.members.get({ id: memberId });
    if (member?.kind !== 'member') unknown.push(memberId);
  }
  if (unknown.length > 0) {
    throw new HttpError(422, 'validation_failed', 'Only member cities can be invited.', {
      memberIds: [`Only member cities can be invited; not ${unknown.join(', ')}`],
    });
  }
  const keep = new Set(body.memberIds);
  const live = (await tx.registrations.find({ meetingId: row.id })).filter(isLive);
  const losing = live.filter((r) => !keep.has(r.memberId));
  if (losing.length > 0 && !body.confirmCancelingRegistrations) {
    const cities = await Promise.all(
      [...new Set(losing.map((r) => r.memberId))].map(async (id) => (await tx.members.get({ id }))?.city ?? id),
    );
    throw new HttpError(
      409,
      'invited_city_has_registrations',
      `${cities.join(', ')} ${cities.length === 1 ? 'has' : 'have'} people registered. Removing the invitation cancels ${formatCount(losing.length)} ${losing.length === 1 ? 'registration' : 'registrations'}.`,
    );
  }
  row.invitedMemberIds = [...body.memberIds].sort();
  await saveMeeting(tx, row);
  const canceled = await cancelRegistrations(tx, losing);
  await tellEachCity(tx, row, canceled, (_memberId, rows) => outboxWords.invitationWithdrawn(row.title, names(rows)));
  await promoteWaitlist(tx, row);
  return row;
}

/**
 * Cancels a meeting that has not started. Registrations keep their status, so the city's page still
 * shows who was coming; the meeting shows as canceled and takes no more registrations.
 */
export async function cancelMeeting(tx: StoreTx, row: MeetingRow, message: string): Promise<MeetingRow> {
  // A retried cancel (the answer was lost on the way) answers the canceled meeting again.
  if (row.status === 'canceled') return row;
  if (clock.now().getTime() >= Date.parse(row.startsAt)) {
    throw new HttpError(
      409,
      'meeting_started',
      `The ${row.title} started on ${formatDateInZone(row.startsAt, row.timeZone)}, so it can no longer be canceled.`,
    );
  }
  row.status = 'canceled';
  row.canceledAt = nowInZoneOf(row);
  row.sequence += 1;
  await saveMeeting(tx, row);
  const live = (await tx.registrations.find({ meetingId: row.id })).filter(isLive);
  await tellEachCity(tx, row, live, (memberId) => outboxWords.meetingCanceled(memberId, row.id, row.title, message));
  return row;
}
