import type { MemoDraft, MemoDraftBody } from '../../src/api/contracts/memos';
import { clock } from '../../mocks/clock';
import type { MemoDraftRow } from '../../mocks/db/rows/benefits';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireMemberAccess } from './access';
import type { ActiveSession } from './sessions';

/** Whose draft a request reaches: the person's own for the city, or, in a preview, the mayor's. */
export interface DraftOwner {
  personId: string;
  memberId: string;
}

/**
 * A draft is a memo request not sent yet, so it takes what sending takes: a delegate needs the
 * memos scope even to read theirs, and a city that has not joined has no memos to draft. MIP staff
 * previewing read the mayor's draft (a preview shows what the mayor sees) and change nothing.
 */
export async function draftOwnerOf(
  tx: StoreTx,
  session: ActiveSession,
  memberId: string,
  write: boolean,
): Promise<DraftOwner> {
  const access = await requireMemberAccess(tx, session, memberId, {
    scope: 'memos',
    write: write || !session.preview,
  });
  if (access.member.kind === 'prospective') {
    throw new HttpError(
      403,
      'members_only',
      `Policy memos are a benefit for member cities. Once ${access.member.city} joins MIP, its mayor can request them here.`,
    );
  }
  const person = access.via === 'preview' ? access.subject : access.actor;
  return { personId: person.id, memberId: access.member.id };
}

export function memoDraftView(row: MemoDraftRow): MemoDraft {
  const { personId: _personId, ...draft } = row;
  return draft;
}

export async function readMemoDraft(tx: StoreTx, owner: DraftOwner): Promise<MemoDraft | null> {
  const row = await tx.memoDrafts.get({ personId: owner.personId, memberId: owner.memberId });
  return row ? memoDraftView(row) : null;
}

/**
 * Keeps the draft, replacing the one kept before. The policy area must be one of the list (it is
 * data, so the body schema can't know); the date may be past by now: sending checks it.
 */
export async function keepMemoDraft(tx: StoreTx, owner: DraftOwner, body: MemoDraftBody): Promise<MemoDraft> {
  if (body.policyAreaId !== null && !(await tx.policyAreas.get({ id: body.policyAreaId }))) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      policyAreaId: ['Choose one of the policy areas in the list'],
    });
  }
  const row: MemoDraftRow = {
    personId: owner.personId,
    memberId: owner.memberId,
    ...body,
    savedAt: clock.now().toISOString(),
  };
  // Insert-or-replace in one claim, so two saves at once can't both try to add the row.
  if (!(await tx.memoDrafts.insertIfAbsent(row))) await tx.memoDrafts.update(row);
  return memoDraftView(row);
}

export async function discardMemoDraft(tx: StoreTx, owner: DraftOwner): Promise<void> {
  await tx.memoDrafts.delete({ personId: owner.personId, memberId: owner.memberId });
}
