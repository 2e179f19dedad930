/** Rows about the work of MIP's staff. Plain JSON only (see db/schema.ts). */

/**
 * One thing MIP's staff did to a member's record ("Assigned to Nadia Brooks", "Moved to scoping"),
 * kept for staff only: a member's answers never include these.
 */
export interface StaffActionRow {
  id: string;
  recordKind: 'memo_request';
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
