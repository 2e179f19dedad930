import { endpoints } from '../../src/api/contracts/endpoints';
import type { MemoRequestRow } from '../db/rows/benefits';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import {
  addMemoNote,
  assignMemo,
  declineMemo,
  deliverMemo,
  progressMemo,
  staffMemoRequestFor,
  staffMemoRequestView,
} from '../lib/staff-memos';
import { requireCurrentVersion } from '../lib/staff-changes';

/**
 * The request a change is for, once the caller works in policy and their page is current: the
 * If-Match header carries the version the page read (412 when the request changed meanwhile).
 */
function changing(ctx: { params: Record<string, string>; session: ActiveSession; request: Request }): MemoRequestRow {
  const row = staffMemoRequestFor(ctx.session, ctx.params.memoRequestId);
  requireCurrentVersion('memo_request', row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's policy staff working memo requests; a read-only preview is refused changes by the pipeline. */
export const staffMemoRoutes = [
  route(endpoints.getStaffMemoRequest, ({ params, session }) =>
    staffMemoRequestView(staffMemoRequestFor(session, params.memoRequestId)),
  ),

  route(endpoints.assignMemoRequest, (ctx) => {
    const row = changing(ctx);
    assignMemo(row, ctx.session.person, ctx.body.assigneeId);
    return staffMemoRequestView(row);
  }),

  route(endpoints.progressMemoRequest, (ctx) => {
    const row = changing(ctx);
    progressMemo(row, ctx.session.person, ctx.body.status, ctx.body.message);
    return staffMemoRequestView(row);
  }),

  route(endpoints.addMemoNote, (ctx) => {
    const row = changing(ctx);
    addMemoNote(row, ctx.session.person, ctx.body.text);
    return staffMemoRequestView(row);
  }),

  route(endpoints.declineMemoRequest, (ctx) => {
    const row = changing(ctx);
    declineMemo(row, ctx.session.person, ctx.body.reason);
    return staffMemoRequestView(row);
  }),

  route(endpoints.deliverMemoRequest, (ctx) => {
    const row = changing(ctx);
    deliverMemo(row, ctx.session.person, ctx.body);
    return staffMemoRequestView(row);
  }),
];
