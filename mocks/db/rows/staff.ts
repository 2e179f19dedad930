import type { OutboxRecordKind } from '../../../src/api/contracts/staff-outbox';

/** Rows about the work of MIP's staff. Plain JSON only (see db/schema.ts). */

/** The records MIP's staff change; an invoice is one record whether requested, issued or paid. */
export type StaffRecordKind =
  'memo_request' | 'travel_support' | 'assistance_request' | 'application' | 'invoice' | 'city';

/**
 * One thing MIP's staff did to a member's record ("Assigned to Nadia Brooks", "Moved to scoping"),
 * kept for staff only: a member's answers never include these.
 */
export interface StaffActionRow {
  id: string;
  recordKind: StaffRecordKind;
  recordId: string;
  /** The city the record belongs to. */
  memberId: string;
  at: string;
  actorId: string;
  /** What happened, in a line. */
  action: string;
  /** The message or reason given with it, if any. */
  detail: string | null;
}

/**
 * One e-mail the API queued for a person about a request of their city (issue 17), or the welcome
 * e-mail of an account MIP made (issue 19): kept in the outbox MIP's staff read. Nothing sends it
 * yet (sending by SMTP is issue 21), so `sentAt` stays null.
 */
export interface OutboxRow {
  id: string;
  toPersonId: string;
  /** The person's address when the e-mail was queued. */
  toEmail: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** A welcome e-mail's body carries its sign-in link: the staff view leaves it out. */
  kind: 'request_update' | 'welcome';
  recordKind: OutboxRecordKind;
  recordId: string;
  /** The city the record belongs to; null for a welcome to MIP's own staff. */
  memberId: string | null;
  createdAt: string;
  sentAt: string | null;
}
