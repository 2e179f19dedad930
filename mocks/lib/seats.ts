import { getDb } from '../db/db';
import type { MeetingRow, RegistrationRow } from '../db/rows/meetings';

/**
 * Seats and the waitlist. Everything here is synchronous on purpose: counting the seats left and
 * taking them happen in one step with no `await` in between, so two requests arriving together
 * can never both take the last seat (JavaScript runs one synchronous step at a time).
 */

/** First come, first served: by creation time, then by id (new ids come from one rising sequence). */
export function byRegistrationOrder(a: RegistrationRow, b: RegistrationRow): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function seatsTaken(meetingId: string): number {
  return getDb().registrations.filter((r) => r.meetingId === meetingId && r.status === 'confirmed').length;
}

/** The meeting's waitlist, next in line first. */
export function waitlistOf(meetingId: string): RegistrationRow[] {
  return getDb()
    .registrations.filter((r) => r.meetingId === meetingId && r.status === 'waitlisted')
    .sort(byRegistrationOrder);
}

/**
 * Adds new registrations in the given order: each takes a seat while one is left, else joins the
 * waitlist. While anyone is already waiting, newcomers queue behind them (a seat can only be free
 * with people waiting if MIP raised the capacity; they are owed it first).
 */
export function takeSeats(meeting: MeetingRow, rows: RegistrationRow[]): RegistrationRow[] {
  let taken = seatsTaken(meeting.id);
  let queueing = waitlistOf(meeting.id).length > 0;
  for (const row of rows) {
    const seatLeft = meeting.capacity === null || taken < meeting.capacity;
    if (seatLeft && !queueing) {
      row.status = 'confirmed';
      taken += 1;
    } else {
      row.status = 'waitlisted';
      queueing = true;
    }
  }
  getDb().registrations.push(...rows);
  return rows;
}

/** Gives free seats to the waitlist in order; called in the same step that frees a seat. */
export function fillFreeSeats(meeting: MeetingRow): RegistrationRow[] {
  if (meeting.capacity === null) return [];
  const free = meeting.capacity - seatsTaken(meeting.id);
  const promoted = waitlistOf(meeting.id).slice(0, Math.max(0, free));
  for (const row of promoted) row.status = 'confirmed';
  return promoted;
}
