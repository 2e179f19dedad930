import type { StaffAction } from '../../src/api/contracts/staff-work';
import type { StaffRecordKind } from '../../mocks/db/rows/staff';
import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { formerUserRef, personRef } from './people';
import type { ActiveSession } from './sessions';

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

/**
 * The If-Match rule: a change sent with the version its page read is refused (412) when the record
 * changed since, in words that name the record by the word its page uses ("meeting"). Without
 * If-Match the change applies to the record as it stands.
 */
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

/** What a staff change's handler is handed: enough to find its record and read its If-Match. */
export interface ChangeRequest {
  params: Record<string, string>;
  session: ActiveSession;
  request: Request;
  tx: StoreTx;
}

/**
 * How a kind of record is found for a change: held (for update) by `find`, which also checks the
 * caller's area, then the If-Match rule in words naming it. A retried change resends the If-Match
 * of its first try, which that try made stale: when the record already is as the change leaves it
 * (`alreadyDone`), the change answers it instead of 412.
 */
export function changeTarget<Row extends { version: number }>(
  noun: string,
  find: (change: ChangeRequest) => Promise<Row>,
): (change: ChangeRequest, alreadyDone?: (row: Row) => boolean | Promise<boolean>) => Promise<Row> {
  return async (change, alreadyDone = () => false) => {
    const row = await find(change);
    if (!(await alreadyDone(row))) requireCurrentVersionOf(noun, row.version, change.request.headers.get('If-Match'));
    return row;
  };
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
