import type { EmailPreferencesRow } from '../rows/people';

/** What a person gets until they choose: the newsletter, meeting announcements and request updates, no track news. */
export const DEFAULT_EMAIL_PREFERENCES: Omit<EmailPreferencesRow, 'personId'> = {
  newsletter: true,
  meetingAnnouncements: true,
  trackNews: false,
  requestUpdates: true,
};

/** Only people who changed their e-mail updates have a row; Ana follows her tracks' news. */
export function seedEmailPreferences(): EmailPreferencesRow[] {
  return [
    { personId: 'ana-ortiz', newsletter: true, meetingAnnouncements: true, trackNews: true, requestUpdates: true },
  ];
}
