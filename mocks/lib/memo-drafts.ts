import type { MemoDraft, MemoDraftBody } from '../../src/api/contracts/memos';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MemoDraftRow } from '../db/rows/benefits';
import { requireMemberAccess } from './access';
import { HttpError } from './http-error';
import type { ActiveSession } from '../../server/rules/sessions';

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
export function draftOwnerOf(session: ActiveSession, memberId: string, write: boolean): DraftOwner {
  const access = requireMemberAccess(session, memberId, { scope: 'memos', write: write || !session.preview });
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

function rowOf(owner: DraftOwner): MemoDraftRow | undefined {
  return getDb().memoDrafts.find((d) => d.personId === owner.personId && d.memberId === owner.memberId);
}

export function memoDraftView(row: MemoDraftRow): MemoDraft {
  const { personId: _personId, ...draft } = row;
  return draft;
}

export function readMemoDraft(owner: DraftOwner): MemoDraft | null {
  const row = rowOf(owner);
  return row ? memoDraftView(row) : null;
}

/**
 * Keeps the draft, replacing the one kept before. The policy area must be one of the list (it is
 * data, so the body schema can't know); the date may be past by now: sending checks it.
 */
export function keepMemoDraft(owner: DraftOwner, body: MemoDraftBody): MemoDraft {
  const db = getDb();
  if (body.policyAreaId !== null && !db.policyAreas.some((a) => a.id === body.policyAreaId)) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      policyAreaId: ['Choose one of the policy areas in the list'],
    });
  }
  const row: MemoDraftRow = { ...owner, ...body, savedAt: clock.now().toISOString() };
  const index = db.memoDrafts.findIndex((d) => d.personId === owner.personId && d.memberId === owner.memberId);
  if (index >= 0) db.memoDrafts[index] = row;
  else db.memoDrafts.push(row);
  return memoDraftView(row);
}

export function discardMemoDraft(owner: DraftOwner): void {
  const db = getDb();
  db.memoDrafts = db.memoDrafts.filter((d) => !(d.personId === owner.personId && d.memberId === owner.memberId));
}
