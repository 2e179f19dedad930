import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import { changeTarget } from '../../server/rules/staff-changes';
import {
  addMemoNote,
  assignMemo,
  declineMemo,
  deliverMemo,
  progressMemo,
  staffMemoRequestFor,
  staffMemoRequestView,
} from '../../server/rules/staff-memos';

/**
 * The request a change is for, once the caller works in policy and their page is current: the
 * If-Match header carries the version the page read (412 when the request changed meanwhile). The
 * row is held for the transaction, so the version can't move between this check and the write.
 */
const changing = changeTarget('request', (change) =>
  staffMemoRequestFor(change.tx, change.session, change.params.memoRequestId, true),
);

/** MIP's policy staff working memo requests; a read-only preview is refused changes by the pipeline. */
export const staffMemoRoutes = [
  route(endpoints.getStaffMemoRequest, async ({ params, session, tx }) =>
    staffMemoRequestView(tx, await staffMemoRequestFor(tx, session, params.memoRequestId)),
  ),

  route(endpoints.assignMemoRequest, async (ctx) => {
    const row = await changing(ctx);
    await assignMemo(ctx.tx, row, ctx.session.person, ctx.body.assigneeId);
    return staffMemoRequestView(ctx.tx, row);
  }),

  route(endpoints.progressMemoRequest, async (ctx) => {
    const row = await changing(ctx);
    await progressMemo(ctx.tx, row, ctx.session.person, ctx.body.status, ctx.body.message);
    return staffMemoRequestView(ctx.tx, row);
  }),

  route(endpoints.addMemoNote, async (ctx) => {
    const row = await changing(ctx);
    await addMemoNote(ctx.tx, row, ctx.session.person, ctx.body.text);
    return staffMemoRequestView(ctx.tx, row);
  }),

  route(endpoints.declineMemoRequest, async (ctx) => {
    const row = await changing(ctx);
    await declineMemo(ctx.tx, row, ctx.session.person, ctx.body.reason);
    return staffMemoRequestView(ctx.tx, row);
  }),

  route(endpoints.deliverMemoRequest, async (ctx) => {
    const row = await changing(ctx);
    await deliverMemo(ctx.tx, row, ctx.session.person, ctx.body);
    return staffMemoRequestView(ctx.tx, row);
  }),
];
