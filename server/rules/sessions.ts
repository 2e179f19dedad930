import { clock } from '../../mocks/clock';
import { addMinutes } from '../../mocks/db/dates';
import type { PersonRow, PreviewRow, SessionRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';

export const SESSION_COOKIE = 'mip_session';
/** Sliding idle expiry: each request moves the end 30 minutes into the future. */
export const SESSION_IDLE_MINUTES = 30;
/** A staff preview ends after 60 minutes at most. */
export const PREVIEW_MINUTES = 60;

export interface ActiveSession {
  row: SessionRow;
  person: PersonRow;
  /** The live preview (MIP staff only), already checked against its 60-minute limit. */
  preview: PreviewRow | null;
}

export type SessionLookup = { state: 'none' } | { state: 'expired' } | { state: 'active'; session: ActiveSession };

/** 256 random bits, hex: session ids must not be guessable, so no seeded PRNG here. */
function randomSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createSession(tx: StoreTx, personId: string): Promise<SessionRow> {
  const now = clock.now().toISOString();
  const row: SessionRow = { id: randomSessionId(), personId, createdAt: now, lastSeenAt: now, previewId: null };
  await tx.sessions.insert(row);
  return row;
}

export function sessionExpiresAt(row: SessionRow): string {
  return addMinutes(row.lastSeenAt, SESSION_IDLE_MINUTES);
}

async function findPreview(tx: StoreTx, id: string | null): Promise<PreviewRow | undefined> {
  return id ? tx.previews.get({ id }) : undefined;
}

/** Ends the session's preview, if any, and records the end in the member's access history. */
export async function endPreview(tx: StoreTx, row: SessionRow, at: string): Promise<SessionRow> {
  const preview = await findPreview(tx, row.previewId);
  const ended = { ...row, previewId: null };
  await tx.sessions.update(ended);
  if (!preview || preview.endedAt) return ended;
  await tx.previews.update({ ...preview, endedAt: at });
  const entry = await tx.accessLog.get({ id: preview.accessLogId });
  if (entry) await tx.accessLog.update({ ...entry, endedAt: at });
  return ended;
}

export async function endSession(tx: StoreTx, row: SessionRow, at: string): Promise<void> {
  await endPreview(tx, row, at);
  await tx.sessions.delete({ id: row.id });
}

/** Signs a person out everywhere: an account that leaves a city, or is deactivated. */
export async function endSessionsOf(tx: StoreTx, personId: string, at: string): Promise<void> {
  for (const row of await tx.sessions.find({ personId })) await endSession(tx, row, at);
}

/**
 * Finds the session behind a cookie value, applying idle expiry and the preview time limit, and
 * touches it (the sliding window). An idle-expired session is deleted and reported as expired.
 */
export async function lookupSession(tx: StoreTx, sessionId: string | undefined): Promise<SessionLookup> {
  if (!sessionId) return { state: 'none' };
  const found = await tx.sessions.getForUpdate({ id: sessionId });
  const person = found ? await tx.people.get({ id: found.personId }) : undefined;
  if (!found || !person) return { state: 'none' };
  // Deactivation ends the account's sessions; one read in the same moment ends here.
  if (person.deactivatedAt !== null) {
    await endSession(tx, found, clock.now().toISOString());
    return { state: 'none' };
  }
  const now = clock.now();
  if (Date.parse(sessionExpiresAt(found)) <= now.getTime()) {
    await endSession(tx, found, sessionExpiresAt(found));
    return { state: 'expired' };
  }
  let row = { ...found, lastSeenAt: now.toISOString() };
  await tx.sessions.update(row);
  let preview = (await findPreview(tx, row.previewId)) ?? null;
  if (preview && Date.parse(preview.expiresAt) <= now.getTime()) {
    // The preview ran out: the session is back to the staff member's own view.
    row = await endPreview(tx, row, preview.expiresAt);
    preview = null;
  }
  return { state: 'active', session: { row, person, preview } };
}
