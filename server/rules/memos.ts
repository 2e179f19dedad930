import type { MemoAllowance, MemoRequest, MemoRequestDetail } from '../../src/api/contracts/memos';
import { membershipYearOf } from '../../src/lib/membership-year';
import { addDays } from '../../mocks/db/dates';
import type { BenefitRuleRow, MemoRequestRow, PolicyAreaRow } from '../../mocks/db/rows/benefits';
import { POLICY_AREAS } from '../../mocks/db/seed/reference-data';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { today } from './invoices';
import { personRef } from './people';
import type { ActiveSession } from './sessions';

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

/** The city's allowance on a day, from the year's rules and the requests (any city's, any year: filtered here). */
export function memoAllowanceFrom(
  memberId: string,
  on: string,
  rules: readonly BenefitRuleRow[],
  requests: readonly MemoRequestRow[],
): MemoAllowance {
  const year = membershipYearOf(on);
  const allowed = rules.find((r) => r.membershipYearLabel === year.label)?.memoAllowance ?? 0;
  const used = requests.filter(
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

export async function memoAllowanceOf(tx: StoreTx, memberId: string, on = today()): Promise<MemoAllowance> {
  const membershipYearLabel = membershipYearOf(on).label;
  const rule = await tx.benefitRules.get({ membershipYearLabel });
  const requests = await tx.memoRequests.find({ memberId, membershipYearLabel });
  return memoAllowanceFrom(memberId, on, rule ? [rule] : [], requests);
}

export async function memoRequestView(tx: StoreTx, row: MemoRequestRow): Promise<MemoRequest> {
  const area = (await tx.policyAreas.get({ id: row.policyAreaId })) ?? {
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
    attribution: { actor: await personRef(tx, row.actorId), subject: await personRef(tx, row.subjectId) },
    // What MIP told the member with each step; internal notes and staff actions never come here.
    history: await Promise.all(
      row.history.map(async (h) => ({
        status: h.status,
        at: h.at,
        by: await personRef(tx, h.byId),
        message: h.message,
      })),
    ),
    publishDeidentified: row.publishDeidentified,
  };
}

/** One request as its own page shows it: the summary plus, once delivered, the memo. */
export async function memoRequestDetailView(tx: StoreTx, row: MemoRequestRow): Promise<MemoRequestDetail> {
  const { memo } = row;
  return {
    ...(await memoRequestView(tx, row)),
    memo: memo && {
      deliveredAt: memo.deliveredAt,
      author: await personRef(tx, memo.authorId),
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
 * that does not exist (so ids reveal nothing), worded for the request rather than the city. A
 * change holds the row for the transaction, so its status check and write can't interleave with
 * another change's.
 */
export async function memoRequestFor(
  tx: StoreTx,
  session: ActiveSession,
  memoRequestId: string | undefined,
  options: AccessOptions,
): Promise<{ row: MemoRequestRow; access: MemberAccess }> {
  const key = { id: memoRequestId ?? '' };
  const row = await (options.write ? tx.memoRequests.getForUpdate(key) : tx.memoRequests.get(key));
  if (!row) throw notFound('That memo request');
  try {
    return { row, access: await requireMemberAccess(tx, session, row.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That memo request');
    throw error;
  }
}

/**
 * The policy areas in MIP's own order (the reference list's), as forms list them; the store keeps
 * no order of its own, so any area outside that list comes last, by id.
 */
export async function policyAreasInOrder(tx: StoreTx): Promise<PolicyAreaRow[]> {
  const rank = (id: string) => {
    const at = POLICY_AREAS.findIndex((a) => a.id === id);
    return at === -1 ? POLICY_AREAS.length : at;
  };
  return (await tx.policyAreas.find()).sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
