import { clock } from '../clock';
import { getDb } from '../db/db';
import type { PersonRow } from '../db/rows/people';

/**
 * Records of a city that generated API tests address by id (the authorisation matrix, the
 * mass-assignment test): the seed's where it has one, else one made from a seed row of the same
 * kind. Each made id starts with `prefix` (`reg-matrix-…`), so a test's records are easy to tell.
 */

/** The Winter Meeting every city can still register for, edit and cancel. */
export const UPCOMING_MEETING = 'winter-2027';

export function mayorOf(city: string): PersonRow {
  const db = getDb();
  const member = db.members.find((m) => m.id === city);
  const mayor = db.people.find((p) => p.id === member?.mayorId);
  if (!mayor) throw new Error(`No mayor for ${city}`);
  return mayor;
}

/** A live registration of the city for the upcoming meeting; one made for `attendee` if none. */
export function liveRegistrationOf(
  city: string,
  prefix: string,
  attendee: (mayor: PersonRow) => { kind: 'mayor' | 'council'; name: string; title: string; email?: string },
): string {
  const db = getDb();
  const found = db.registrations.find(
    (r) => r.memberId === city && r.meetingId === UPCOMING_MEETING && r.status !== 'cancelled',
  );
  if (found) return found.id;
  const template = db.registrations.find((r) => r.meetingId === UPCOMING_MEETING);
  if (!template) throw new Error('The seed has no Winter Meeting registration to copy');
  const mayor = mayorOf(city);
  const id = `reg-${prefix}-${city}`;
  db.registrations.push({
    ...structuredClone(template),
    id,
    memberId: city,
    attendee: { ...template.attendee, ...attendee(mayor) },
    status: 'confirmed',
    actorId: mayor.id,
    subjectId: mayor.id,
  });
  return id;
}

/** A memo request MIP has not started on, so the city may still withdraw it (always made). */
export function submittedMemoOf(city: string, prefix: string): string {
  const db = getDb();
  const template = db.memoRequests.find((m) => m.status === 'delivered');
  if (!template) throw new Error('The seed has no memo request to copy');
  const mayor = mayorOf(city);
  const at = clock.now().toISOString();
  const id = `memo-${prefix}-${city}`;
  db.memoRequests.push({
    ...structuredClone(template),
    id,
    memberId: city,
    status: 'submitted',
    submittedAt: at,
    actorId: mayor.id,
    subjectId: mayor.id,
    history: [{ status: 'submitted', at, byId: mayor.id, message: null }],
    assigneeId: null,
    memo: null,
    internalNotes: [],
    version: 0,
  });
  return id;
}

/** The city's delivered memo in the seed, if it has one. */
export function deliveredMemoIdOf(city: string): string | undefined {
  return getDb().memoRequests.find((m) => m.memberId === city && m.status === 'delivered' && m.memo)?.id;
}

/** The city's live delegation (not revoked, no end date) in the seed, if it has one. */
export function liveDelegationIdOf(city: string): string | undefined {
  return getDb().delegations.find((d) => d.memberId === city && d.revokedAt === null && d.endsOn === null)?.id;
}
