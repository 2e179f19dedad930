import type { StaffAction } from '../../src/api/contracts/staff-work';
import type { StaffRecordKind } from '../../mocks/db/rows/staff';
import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { formerUserRef, personRef } from './people';

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
  requireCurrentVersionOf(RECORD_NOUN[kind], row.version, ifMatch);
}

/** The If-Match rule for any record with a version, named by the word its page uses ("meeting"). */
export function requireCurrentVersionOf(noun: string, version: number, ifMatch: string | null): void {
  if (ifMatch === null) return;
  const wanted = versionOf(ifMatch);
  if (wanted === '*' || wanted === String(version)) return;
  throw new HttpError(
    412,
    'changed_meanwhile',
    `Someone at MIP changed this ${noun} since you opened it. Read it again, then make your change.`,
  );
}

/**
 * Records a change: the version moves on (the caller writes the record back) and the staff's
 * record of actions gains a line.
 */
export async function recordStaffAction(
  tx: StoreTx,
  kind: StaffRecordKind,
  row: VersionedRecord,
  actor: PersonRow,
  at: string,
  action: string,
  detail: string | null,
): Promise<void> {
  row.version += 1;
  await tx.staffActions.insert({
    id: await tx.nextId('action'),
    recordKind: kind,
    recordId: row.id,
    memberId: row.memberId,
    at,
    actorId: actor.id,
    action,
    detail,
  });
}

/** MIP's record of what staff did to one record, oldest first (ids break ties): for staff views only. */
export async function staffActionsOf(tx: StoreTx, kind: StaffRecordKind, recordId: string): Promise<StaffAction[]> {
  const rows = await tx.staffActions.find({ recordKind: kind, recordId });
  rows.sort((a, b) => a.at.localeCompare(b.at));
  // Each person once, however many lines they wrote.
  const actorIds = [...new Set(rows.map((a) => a.actorId))];
  const refs = new Map(await Promise.all(actorIds.map(async (id) => [id, await personRef(tx, id)] as const)));
  return rows.map((a) => ({
    at: a.at,
    by: refs.get(a.actorId) ?? formerUserRef(a.actorId),
    action: a.action,
    detail: a.detail,
  }));
}
