import { pgTable, text } from 'drizzle-orm/pg-core';
import type { OutboxRow, StaffRecordKind } from '../../../../mocks/db/rows/staff';
import { instant } from './columns';
import { memberRef, members, personRef } from './people';

/**
 * What MIP's staff did to a member's record, staff-only. `recordId` names a row of the table its
 * `recordKind` says, so it has no foreign key.
 */
export const staffActions = pgTable('staff_actions', {
  id: text().primaryKey(),
  recordKind: text().$type<StaffRecordKind>().notNull(),
  recordId: text().notNull(),
  memberId: memberRef(),
  at: instant().notNull(),
  actorId: personRef(),
  action: text().notNull(),
  detail: text(),
});

/**
 * E-mails queued about members' requests, and welcome e-mails; `sentAt` stays null until sending
 * exists (issue 21). A colleague's welcome concerns no city: `memberId` is null.
 */
export const outbox = pgTable('outbox', {
  id: text().primaryKey(),
  toPersonId: personRef(),
  /** The address when queued, kept even if the person changes theirs. */
  toEmail: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  kind: text().$type<OutboxRow['kind']>().notNull(),
  recordKind: text().$type<OutboxRow['recordKind']>().notNull(),
  recordId: text().notNull(),
  memberId: text().references(() => members.id),
  createdAt: instant().notNull(),
  sentAt: instant(),
});
