import type { EmailPreferences } from '../../src/api/contracts/network';
import { getDb } from '../db/db';
import { DEFAULT_EMAIL_PREFERENCES } from '../db/seed/email-preferences';

/** A person's e-mail updates: their own row, or the defaults if they never chose. */
export function emailPreferencesOf(personId: string): EmailPreferences {
  const row = getDb().emailPreferences.find((p) => p.personId === personId) ?? DEFAULT_EMAIL_PREFERENCES;
  return {
    newsletter: row.newsletter,
    meetingAnnouncements: row.meetingAnnouncements,
    trackNews: row.trackNews,
    requestUpdates: row.requestUpdates,
  };
}
