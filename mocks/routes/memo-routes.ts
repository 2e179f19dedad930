import { endpoints } from '../../src/api/contracts/endpoints';
import { getDb } from '../db/db';
import { requireMemberAccess } from '../lib/access';
import { recordDelegateAction } from '../lib/access-log';
import { memoSubmittedWords } from '../lib/access-log-words';
import { notFound } from '../lib/http-error';
import { memoDocument } from '../lib/memo-document';
import { memoFileOf } from '../lib/memo-files';
import { requestMemo, setPublication, withdrawMemo } from '../lib/memo-requests';
import { memoAllowanceOf, memoRequestDetailView, memoRequestFor, memoRequestView } from '../lib/memos';
import { publicRoute, route } from '../lib/route';

/** Reading memos needs no scope (any live grant may look); changing them needs the memos scope. */
const READ_MEMOS = { scope: 'memos' } as const;
const WRITE_MEMOS = { scope: 'memos', write: true } as const;

export const memoRoutes = [
  route(endpoints.getMemoAllowance, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', READ_MEMOS);
    return memoAllowanceOf(member.id);
  }),

  route(endpoints.listMemoRequests, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', READ_MEMOS);
    const items = getDb()
      .memoRequests.filter((m) => m.memberId === member.id)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    return { items: items.map(memoRequestView) };
  }),

  route(endpoints.createMemoRequest, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_MEMOS);
    const row = requestMemo(access, body);
    recordDelegateAction(access, memoSubmittedWords(row.title, access.subject));
    return memoRequestDetailView(row);
  }),

  route(endpoints.getMemoRequest, ({ params, session }) => {
    const { row } = memoRequestFor(session, params.memoRequestId, READ_MEMOS);
    return memoRequestDetailView(row);
  }),

  route(endpoints.withdrawMemoRequest, ({ params, session }) => {
    const { row, access } = memoRequestFor(session, params.memoRequestId, WRITE_MEMOS);
    const before = row.status;
    withdrawMemo(access, row);
    if (row.status !== before) recordDelegateAction(access, `Withdrew the memo request “${row.title}”`);
    return memoRequestDetailView(row);
  }),

  route(endpoints.updateMemoPublication, ({ params, body, session }) => {
    const { row, access } = memoRequestFor(session, params.memoRequestId, WRITE_MEMOS);
    const before = row.publishDeidentified;
    setPublication(row, body.publishDeidentified);
    if (row.publishDeidentified !== before) {
      const description = row.publishDeidentified
        ? `Let MIP publish the memo “${row.title}” without naming ${access.member.city}`
        : `Asked MIP not to publish the memo “${row.title}”`;
      recordDelegateAction(access, description);
    }
    return memoRequestDetailView(row);
  }),

  route(endpoints.getMemoDocument, ({ params, session }) => {
    const { row, access } = memoRequestFor(session, params.memoRequestId, READ_MEMOS);
    // Before delivery there is no document to download: it does not exist yet.
    if (!row.memo) throw notFound('That memo');
    return memoDocument(row, access.member);
  }),

  route(endpoints.getMemoAttachment, ({ params, session }) => {
    const { row } = memoRequestFor(session, params.memoRequestId, READ_MEMOS);
    return memoFileOf(row);
  }),

  publicRoute(endpoints.listPolicyAreas, () => ({ items: getDb().policyAreas })),
];
