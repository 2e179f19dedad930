import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../../server/rules/access';
import { recordDelegateAction } from '../../server/rules/access-log';
import { memoDocument } from '../../server/rules/memo-document';
import { memoFileOf } from '../../server/rules/memo-files';
import { requestMemo, setPublication, withdrawMemo } from '../../server/rules/memo-requests';
import {
  memoAllowanceOf,
  memoRequestDetailView,
  memoRequestFor,
  memoRequestView,
  policyAreasInOrder,
} from '../../server/rules/memos';
import { memoSubmittedWords } from '../lib/access-log-words';
import { notFound } from '../lib/http-error';
import { publicRoute, route } from '../lib/route';

/** Reading memos needs no scope (any live grant may look); changing them needs the memos scope. */
const READ_MEMOS = { scope: 'memos' } as const;
const WRITE_MEMOS = { scope: 'memos', write: true } as const;

export const memoRoutes = [
  route(endpoints.getMemoAllowance, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', READ_MEMOS);
    return memoAllowanceOf(tx, member.id);
  }),

  route(endpoints.listMemoRequests, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', READ_MEMOS);
    // Newest first; the id orders requests sent in the same instant, whatever the store's order.
    const items = (await tx.memoRequests.find({ memberId: member.id })).sort(
      (a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.id.localeCompare(b.id),
    );
    return { items: await Promise.all(items.map((row) => memoRequestView(tx, row))) };
  }),

  route(endpoints.createMemoRequest, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_MEMOS);
    const row = await requestMemo(tx, access, body);
    await recordDelegateAction(tx, access, memoSubmittedWords(row.title, access.subject));
    return memoRequestDetailView(tx, row);
  }),

  route(endpoints.getMemoRequest, async ({ params, session, tx }) => {
    const { row } = await memoRequestFor(tx, session, params.memoRequestId, READ_MEMOS);
    return memoRequestDetailView(tx, row);
  }),

  route(endpoints.withdrawMemoRequest, async ({ params, session, tx }) => {
    const { row, access } = await memoRequestFor(tx, session, params.memoRequestId, WRITE_MEMOS);
    const before = row.status;
    await withdrawMemo(tx, access, row);
    if (row.status !== before) await recordDelegateAction(tx, access, `Withdrew the memo request “${row.title}”`);
    return memoRequestDetailView(tx, row);
  }),

  route(endpoints.updateMemoPublication, async ({ params, body, session, tx }) => {
    const { row, access } = await memoRequestFor(tx, session, params.memoRequestId, WRITE_MEMOS);
    const before = row.publishDeidentified;
    await setPublication(tx, row, body.publishDeidentified);
    if (row.publishDeidentified !== before) {
      const description = row.publishDeidentified
        ? `Let MIP publish the memo “${row.title}” without naming ${access.member.city}`
        : `Asked MIP not to publish the memo “${row.title}”`;
      await recordDelegateAction(tx, access, description);
    }
    return memoRequestDetailView(tx, row);
  }),

  route(endpoints.getMemoDocument, async ({ params, session, tx }) => {
    const { row, access } = await memoRequestFor(tx, session, params.memoRequestId, READ_MEMOS);
    // Before delivery there is no document to download: it does not exist yet.
    if (!row.memo) throw notFound('That memo');
    return memoDocument(tx, row, access.member);
  }),

  route(endpoints.getMemoAttachment, async ({ params, session, tx }) => {
    const { row } = await memoRequestFor(tx, session, params.memoRequestId, READ_MEMOS);
    return memoFileOf(tx, row);
  }),

  publicRoute(endpoints.listPolicyAreas, async ({ tx }) => ({ items: await policyAreasInOrder(tx) })),
];
