import type { StaffAction } from '../../src/api/contracts/staff-work';
import { getDb, nextId } from '../db/db';
import type { StaffActionRow, StaffRecordKind } from '../db/rows/staff';
import type { PersonRow } from '../db/rows/people';
import { HttpError } from './http-error';
import { personRef } from './people';

/**
 * What every staff change shares (issue 17), whatever the record: the If-Match rule that stops two
 * people overwriting each other, and the line each change leaves in MIP's record of actions.
 */

/** A record MIP's staff change: its version moves on with every change. */
export interface VersionedRecord {
  id: string;
  memberId: string;
  version: number;
}

/** `"3"`, `3` and `W/"3"` all name version 3; `*` matches whatever version there is. */
function versionOf(ifMatch: string): string {
  return ifMatch
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/** What the refusal calls each kind of record: the word the staff page uses for it. */
const RECORD_NOUN: Record<StaffRecordKind, string> = {
  memo_request: 'request',
  travel_support: 'request',
  assistance_request: 'request',
  application: 'application',
  invoice: 'invoice',
};

/**
 * The If-Match rule: a change sent with the version its page read is refused (412) when the record
 * changed since, in words that name the record. Without If-Match the change applies to the record as
 * it stands.
 */
export function requireCurrentVersion(kind: StaffRecordKind, row: VersionedRecord, ifMatch: string | null): void {
  if (ifMatch === null) return;
  const wanted = versionOf(ifMatch);
  if (wanted === '*' || wanted === String(row.version)) return;
  throw new HttpError(
    412,
    'changed_meanwhile',
    `Someone at MIP changed this ${RECORD_NOUN[kind]} since you opened it. Read it again, then make your change.`,
  );
}

/** Records a change: the version moves on and the staff's record of actions gains a line. */
export function recordStaffAction(
  kind: StaffRecordKind,
  row: VersionedRecord,
  actor: PersonRow,
  at: string,
  action: string,
  detail: string | null,
): void {
  row.version += 1;
  getDb().staffActions.push({
    id: nextId('action'),
    recordKind: kind,
    recordId: row.id,
    memberId: row.memberId,
    at,
    actorId: actor.id,
    action,
    detail,
  });
}

/** MIP's record of what staff did to one record, oldest first: for staff views only. */
export function staffActionsOf(kind: StaffRecordKind, recordId: string): StaffAction[] {
  return getDb()
    .staffActions.filter((a: StaffActionRow) => a.recordKind === kind && a.recordId === recordId)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((a) => ({ at: a.at, by: personRef(a.actorId), action: a.action, detail: a.detail }));
}
