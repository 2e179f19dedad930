import { boolean, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { AgendaItemRow, MeetingRow, RegistrationRow, TravelSupportRow } from '../../../../mocks/db/rows/meetings';
import type { TrackRow } from '../../../../mocks/db/rows/benefits';
import { tracks } from './benefits';
import { instant } from './columns';
import { memberRef, personRef } from './people';

/**
 * Convenings. `briefingBookId` has no foreign key: the book points back at its meeting, and a
 * cycle of keys would leave no order to load them in.
 */
export const meetings = pgTable('meetings', {
  id: text().primaryKey(),
  kind: text().$type<MeetingRow['kind']>().notNull(),
  status: text().$type<MeetingRow['status']>().notNull().default('scheduled'),
  canceledAt: instant(),
  title: text().notNull(),
  summary: text().notNull(),
  startsAt: instant().notNull(),
  endsAt: instant().notNull(),
  /** IANA zone the meeting's times are shown in. */
  timeZone: text().notNull(),
  venue: jsonb().$type<MeetingRow['venue']>().notNull(),
  registrationOpensAt: instant().notNull(),
  registrationClosesAt: instant().notNull(),
  /** null: no limit. */
  capacity: integer(),
  travelSupportOffered: boolean().notNull(),
  briefingBookId: text(),
  trackId: text()
    .$type<TrackRow['id']>()
    .references(() => tracks.id),
  /** Only the cities in meeting_invitations see it (the mock's non-null `invitedMemberIds`). */
  inviteOnly: boolean().notNull(),
  agenda: jsonb().$type<AgendaItemRow[]>().notNull(),
  sequence: integer().notNull().default(0),
  version: integer().notNull().default(0),
});

/** A table, not a list in the meeting: "which meetings may this city see" is asked on its own. */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: memberRef(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

export const registrations = pgTable('registrations', {
  id: text().primaryKey(),
  meetingId: text()
    .notNull()
    .references(() => meetings.id),
  memberId: memberRef(),
  /** Who attends, as typed: read and written only with the registration. */
  attendee: jsonb().$type<RegistrationRow['attendee']>().notNull(),
  status: text().$type<RegistrationRow['status']>().notNull(),
  travelSupport: jsonb().$type<TravelSupportRow>(),
  createdAt: instant().notNull(),
  actorId: personRef(),
  subjectId: personRef(),
  version: integer().notNull(),
});
