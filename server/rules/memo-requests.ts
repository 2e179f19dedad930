import type { MemoAllowance, MemoRequestBody, MemoStatus } from '../../src/api/contracts/memos';
import { formatDate, formatLongDate } from '../../src/lib/format';
import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../../mocks/clock';
import type { MemoRequestRow } from '../../mocks/db/rows/benefits';
import { HttpError, type FieldErrors } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { requireMemberBenefits } from './member-benefits';
import { discardMemoDraft } from './memo-drafts';
import { memoAllowanceOf } from './memos';

/** How a status reads inside a sentence. */
export const STATUS_WORDS: Record<MemoStatus, string> = {
  submitted: 'submitted',
  scoping: 'scoping',
  in_progress: 'in progress',
  delivered: 'delivered',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

/** When the request reached its current status (the last step of its history). */
export function sinceOf(row: MemoRequestRow): string {
  return formatDate(row.history.at(-1)?.at ?? row.submittedAt);
}

/**
 * What the body schema can't know: whether the policy area exists (the list is data) and whether the
 * desired date is after today (the mock's clock). Every problem is reported at once, like the
 * schema's own field errors, so the form can mark all of them in one go.
 */
async function requireValidRequest(tx: StoreTx, body: MemoRequestBody, today: string): Promise<void> {
  const fieldErrors: FieldErrors = {};
  if (!(await tx.policyAreas.get({ id: body.policyAreaId }))) {
    fieldErrors.policyAreaId = ['Choose one of the policy areas in the list'];
  }
  if (body.desiredDate !== null && body.desiredDate <= today) {
    fieldErrors.desiredDate = ['Choose a date after today'];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', fieldErrors);
  }
}

function allowanceExhausted(allowance: MemoAllowance): HttpError {
  const { allowed, membershipYear, resetsOn } = allowance;
  const memos = `${String(allowed)} ${allowed === 1 ? 'memo' : 'memos'}`;
  return new HttpError(
    409,
    'allowance_exhausted',
    `You have used all ${memos} for the ${membershipYear.label} membership year. The allowance resets on ${formatLongDate(resetsOn)}.`,
  );
}

/**
 * Requests a memo for the city, and discards the sender's draft of it. The city's row is held for
 * the transaction before the allowance is counted, so two requests arriving together (two tabs,
 * the mayor and a delegate) take turns and can never both take the last memo.
 */
export async function requestMemo(tx: StoreTx, access: MemberAccess, body: MemoRequestBody): Promise<MemoRequestRow> {
  const { member } = access;
  await requireMemberBenefits(
    tx,
    member,
    'request policy memos',
    `Policy memos are a benefit for member cities. Once ${member.city} joins MIP, its mayor can request them here.`,
  );
  const now = clock.now();
  const today = isoDateOf(now);
  await requireValidRequest(tx, body, today);

  await tx.members.getForUpdate({ id: member.id });
  const allowance = await memoAllowanceOf(tx, member.id, today);
  if (allowance.remaining === 0) throw allowanceExhausted(allowance);
  const at = now.toISOString();
  const row: MemoRequestRow = {
    id: await tx.nextId('memo'),
    memberId: member.id,
    title: body.title,
    policyAreaId: body.policyAreaId,
    question: body.question,
    background: body.background,
    desiredDate: body.desiredDate,
    status: 'submitted',
    // The year it counts against: the one it was requested in, even if MIP delivers it in the next.
    membershipYearLabel: membershipYearOf(today).label,
    submittedAt: at,
    // "Jordan Lee for Mayor Ana Ortiz": the person acting, and the mayor whose allowance it uses.
    actorId: access.actor.id,
    subjectId: access.subject.id,
    history: [{ status: 'submitted', at, byId: access.actor.id, message: null }],
    assigneeId: null,
    publishDeidentified: false,
    memo: null,
    internalNotes: [],
    version: 0,
  };
  await tx.memoRequests.insert(row);
  // Sent, so no longer a draft: the sender's own (a delegate's draft is theirs, not the mayor's).
  await discardMemoDraft(tx, { personId: access.actor.id, memberId: member.id });
  return row;
}

/**
 * Withdraws a request MIP has not started on. Once MIP is scoping it, staff time is spent and the
 * member has to ask MIP to stop (409): the hub can't undo work. Withdrawing while still "submitted"
 * gives the memo back to the allowance (countsAgainstAllowance reads it from the history).
 */
export async function withdrawMemo(tx: StoreTx, access: MemberAccess, row: MemoRequestRow): Promise<void> {
  // A retried withdraw (the first answer was lost on the way) answers the withdrawn request again.
  if (row.status === 'withdrawn') return;
  if (row.status !== 'submitted') throw notWithdrawable(row);
  row.status = 'withdrawn';
  row.history.push({ status: 'withdrawn', at: clock.now().toISOString(), byId: access.actor.id, message: null });
  // A staff page opened before this is now stale (see staff-memos.ts, If-Match).
  row.version += 1;
  await tx.memoRequests.update(row);
}

function notWithdrawable(row: MemoRequestRow): HttpError {
  const since = sinceOf(row);
  const message =
    row.status === 'delivered'
      ? `This memo was delivered on ${since}, so it can't be withdrawn.`
      : row.status === 'declined'
        ? `MIP declined this request on ${since}, so there is nothing to withdraw. It does not count against the allowance.`
        : `MIP has already started on this memo (${STATUS_WORDS[row.status]} since ${since}), so it can't be withdrawn here. Write to your MIP contact to stop it.`;
  return new HttpError(409, 'not_withdrawable', message);
}

/** The member's opt-in to de-identified publication, which only means something once there is a memo. */
export async function setPublication(tx: StoreTx, row: MemoRequestRow, publishDeidentified: boolean): Promise<void> {
  if (row.status !== 'delivered' || !row.memo) {
    throw new HttpError(
      409,
      'not_delivered',
      `MIP can publish a memo only once it has been delivered; this request is ${STATUS_WORDS[row.status]}.`,
    );
  }
  if (row.publishDeidentified === publishDeidentified) return;
  row.publishDeidentified = publishDeidentified;
  row.version += 1;
  await tx.memoRequests.update(row);
}
