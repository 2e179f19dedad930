import { clock } from '../clock';
import { addMinutes } from '../db/dates';
import { getDb } from '../db/db';
import type { PersonRow, PreviewRow, SessionRow } from '../db/rows/people';
import { findPerson } from './people';

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

export function createSession(personId: string): SessionRow {
  const now = clock.now().toISOString();
  const row: SessionRow = { id: randomSessionId(), personId, createdAt: now, lastSeenAt: now, previewId: null };
  getDb().sessions.push(row);
  return row;
}

export function sessionExpiresAt(row: SessionRow): string {
  return addMinutes(row.lastSeenAt, SESSION_IDLE_MINUTES);
}

export function findPreview(id: string | null): PreviewRow | undefined {
  return id ? getDb().previews.find((p) => p.id === id) : undefined;
}

/** Ends the session's preview, if any, and records the end in the member's access history. */
export function endPreview(row: SessionRow, at: string): void {
  const preview = findPreview(row.previewId);
  row.previewId = null;
  if (!preview || preview.endedAt) return;
  preview.endedAt = at;
  const entry = getDb().accessLog.find((e) => e.id === preview.accessLogId);
  if (entry) entry.endedAt = at;
}

export function endSession(row: SessionRow, at: string): void {
  endPreview(row, at);
  const db = getDb();
  db.sessions = db.sessions.filter((s) => s.id !== row.id);
}

/**
 * Finds the session behind a cookie value, applying idle expiry and the preview time limit, and
 * touches it (the sliding window). An idle-expired session is deleted and reported as expired.
 */
export function lookupSession(sessionId: string | undefined): SessionLookup {
  if (!sessionId) return { state: 'none' };
  const row = getDb().sessions.find((s) => s.id === sessionId);
  const person = row ? findPerson(row.personId) : undefined;
  if (!row || !person) return { state: 'none' };
  const now = clock.now();
  const nowIso = now.toISOString();
  if (Date.parse(sessionExpiresAt(row)) <= now.getTime()) {
    endSession(row, sessionExpiresAt(row));
    return { state: 'expired' };
  }
  row.lastSeenAt = nowIso;
  let preview = findPreview(row.previewId) ?? null;
  if (preview && Date.parse(preview.expiresAt) <= now.getTime()) {
    // The preview ran out: the session is back to the staff member's own view.
    endPreview(row, preview.expiresAt);
    preview = null;
  }
  return { state: 'active', session: { row, person, preview } };
}

export function endAllSessions(): void {
  const now = clock.now().toISOString();
  for (const row of [...getDb().sessions]) endSession(row, now);
}
