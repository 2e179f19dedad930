import type { StaffAction } from '../../src/api/contracts/staff-work';
import { getDb, nextId } from '../db/db';
import type { StaffActionRow, StaffRecordKind } from '../db/rows/staff';
import type { PersonRow } from '../db/rows/people';
import type { VersionedRecord } from '../../server/rules/staff-changes';
import { personRef } from './people';

/**
 * The memory-only forms of server/rules/staff-changes.ts for the routes not yet moved onto the
 * store (issue 18).
 */
export { requireCurrentVersion, type VersionedRecord } from '../../server/rules/staff-changes';

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
