import type { MemoAllowance, MemoRequest, MemoRequestDetail } from '../../src/api/contracts/memos';
import { membershipYearOf } from '../../src/lib/membership-year';
import { addDays } from '../db/dates';
import { getDb } from '../db/db';
import type { MemoRequestRow } from '../db/rows/benefits';
import { requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { HttpError, notFound } from './http-error';
import { today } from './invoices';
import { personRef } from './people';
import type { ActiveSession } from '../../server/rules/sessions';

/**
 * Whether a request uses up one of the year's memos. Declined requests, and requests withdrawn
 * before MIP started on them (still "submitted"), give the memo back.
 */
export function countsAgainstAllowance(row: MemoRequestRow): boolean {
  if (row.status === 'declined') return false;
  if (row.status !== 'withdrawn') return true;
  const before = row.history.at(-2)?.status;
  return before !== undefined && before !== 'submitted';
}

export function memoAllowanceOf(memberId: string, on = today()): MemoAllowance {
  const year = membershipYearOf(on);
  const rule = getDb().benefitRules.find((r) => r.membershipYearLabel === year.label);
  const allowed = rule?.memoAllowance ?? 0;
  const used = getDb().memoRequests.filter(
    (m) => m.memberId === memberId && m.membershipYearLabel === year.label && countsAgainstAllowance(m),
  ).length;
  return {
    memberId,
    membershipYear: { label: year.label, startsOn: year.startsOn, endsOn: year.endsOn },
    allowed,
    used,
    remaining: Math.max(0, allowed - used),
    resetsOn: addDays(year.endsOn, 1),
  };
}

export function memoRequestView(row: MemoRequestRow): MemoRequest {
  const db = getDb();
  const area = db.policyAreas.find((a) => a.id === row.policyAreaId) ?? {
    id: row.policyAreaId,
    name: row.policyAreaId,
  };
  return {
    id: row.id,
    memberId: row.memberId,
    title: row.title,
    policyArea: area,
    question: row.question,
    background: row.background,
    desiredDate: row.desiredDate,
    status: row.status,
    membershipYearLabel: row.membershipYearLabel,
    submittedAt: row.submittedAt,
    attribution: { actor: personRef(row.actorId), subject: personRef(row.subjectId) },
    // What MIP told the member with each step; internal notes and staff actions never come here.
    history: row.history.map((h) => ({ status: h.status, at: h.at, by: personRef(h.byId), message: h.message })),
    publishDeidentified: row.publishDeidentified,
  };
}

/** One request as its own page shows it: the summary plus, once delivered, the memo. */
export function memoRequestDetailView(row: MemoRequestRow): MemoRequestDetail {
  const { memo } = row;
  return {
    ...memoRequestView(row),
    memo: memo && {
      deliveredAt: memo.deliveredAt,
      author: personRef(memo.authorId),
      bodyHtml: memo.bodyHtml,
      attachment: memo.attachment && {
        fileName: memo.attachment.fileName,
        mediaType: memo.attachment.mediaType,
        sizeBytes: memo.attachment.sizeBytes,
      },
    },
  };
}

/**
 * A memo request and the caller's access to its city. Another city's request answers 404 like one
 * that does not exist (so ids reveal nothing), worded for the request rather than the city.
 */
export function memoRequestFor(
  session: ActiveSession,
  memoRequestId: string | undefined,
  options: AccessOptions,
): { row: MemoRequestRow; access: MemberAccess } {
  const row = getDb().memoRequests.find((m) => m.id === memoRequestId);
  if (!row) throw notFound('That memo request');
  try {
    return { row, access: requireMemberAccess(session, row.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That memo request');
    throw error;
  }
}
