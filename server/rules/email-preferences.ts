import type { EmailPreferences } from '../../src/api/contracts/network';
import { DEFAULT_EMAIL_PREFERENCES } from '../../mocks/db/seed/email-preferences';
import type { StoreTx } from '../store/store';

/** A person's e-mail updates: their own row, or the defaults if they never chose. */
export async function emailPreferencesOf(tx: StoreTx, personId: string): Promise<EmailPreferences> {
  const row = (await tx.emailPreferences.get({ personId })) ?? DEFAULT_EMAIL_PREFERENCES;
  return {
    newsletter: row.newsletter,
    meetingAnnouncements: row.meetingAnnouncements,
    trackNews: row.trackNews,
    requestUpdates: row.requestUpdates,
  };
}
