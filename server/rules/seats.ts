import type { MeetingRow, RegistrationRow } from '../../mocks/db/rows/meetings';
import type { StoreTx } from '../store/store';

/**
 * Seats and the waitlist. Counting the seats left and taking them is check-then-consume: the
 * transactions that take or free seats hold the meeting's row first (getForUpdate), so two requests
 * arriving together can never both take the last seat.
 */

/** First come, first served: by creation time, then by id (new ids come from one rising sequence). */
export function byRegistrationOrder(a: RegistrationRow, b: RegistrationRow): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export async function seatsTaken(tx: StoreTx, meetingId: string): Promise<number> {
  return (await tx.registrations.find({ meetingId, status: 'confirmed' })).length;
}

/** The meeting's waitlist, next in line first. */
export async function waitlistOf(tx: StoreTx, meetingId: string): Promise<RegistrationRow[]> {
  return (await tx.registrations.find({ meetingId, status: 'waitlisted' })).sort(byRegistrationOrder);
}

/**
 * Adds new registrations in the given order: each takes a seat while one is left, else joins the
 * waitlist. While anyone is already waiting, newcomers queue behind them (a seat can only be free
 * with people waiting if MIP raised the capacity; they are owed it first). The caller holds the
 * meeting's row.
 */
export async function takeSeats(tx: StoreTx, meeting: MeetingRow, rows: RegistrationRow[]): Promise<RegistrationRow[]> {
  let taken = await seatsTaken(tx, meeting.id);
  let queueing = (await waitlistOf(tx, meeting.id)).length > 0;
  for (const row of rows) {
    const seatLeft = meeting.capacity === null || taken < meeting.capacity;
    if (seatLeft && !queueing) {
      row.status = 'confirmed';
      taken += 1;
    } else {
      row.status = 'waitlisted';
      queueing = true;
    }
    await tx.registrations.insert(row);
  }
  return rows;
}

/**
 * Gives free seats to the waitlist in order, in the transaction that frees a seat (which holds the
 * meeting's row). Each promoted row is held before it is written, so a staff decision on it made
 * meanwhile is not overwritten.
 */
export async function fillFreeSeats(tx: StoreTx, meeting: MeetingRow): Promise<RegistrationRow[]> {
  // A canceled meeting seats nobody: a seat freed there is not one anyone could take.
  if (meeting.status === 'canceled') return [];
  if (meeting.capacity === null) return [];
  const free = meeting.capacity - (await seatsTaken(tx, meeting.id));
  const next = (await waitlistOf(tx, meeting.id)).slice(0, Math.max(0, free));
  const promoted: RegistrationRow[] = [];
  for (const { id } of next) {
    const row = await tx.registrations.getForUpdate({ id });
    if (row?.status !== 'waitlisted') continue;
    row.status = 'confirmed';
    await tx.registrations.update(row);
    promoted.push(row);
  }
  return promoted;
}
