import { endpoints } from '../../src/api/contracts/endpoints';
import type { BriefingBookRow } from '../db/rows/benefits';
import { route } from '../lib/route';
import type { StoreTx } from '../../server/store/store';
import type { ActiveSession } from '../../server/rules/sessions';
import {
  createBook,
  publishBook,
  requireCurrentBook,
  staffBookFor,
  staffBookPage,
  staffBookView,
  unpublishBook,
  updateBook,
} from '../../server/rules/staff-library';

/**
 * The book a change is for, held, once the caller works in programs or policy. A change whose
 * outcome is already there (publishing a published book: a retry) skips the If-Match check, as
 * the first try's success made the page's version stale.
 */
async function changing(
  ctx: { params: Record<string, string>; session: ActiveSession; request: Request; tx: StoreTx },
  alreadyDone: (row: BriefingBookRow) => boolean = () => false,
): Promise<BriefingBookRow> {
  const row = await staffBookFor(ctx.tx, ctx.session, ctx.params.bookId, true);
  if (!alreadyDone(row)) requireCurrentBook(row, ctx.request.headers.get('If-Match'));
  return row;
}

/** MIP's programs and policy staff writing the library; a read-only preview is refused changes by the pipeline. */
export const staffLibraryRoutes = [
  route(endpoints.listStaffBooks, ({ query, session, tx }) => staffBookPage(tx, session, query)),

  route(endpoints.getStaffBook, async ({ params, session, tx }) =>
    staffBookView(tx, await staffBookFor(tx, session, params.bookId)),
  ),

  route(endpoints.createBook, async ({ body, session, tx }) => staffBookView(tx, await createBook(tx, session, body))),

  route(endpoints.updateBook, async (ctx) =>
    staffBookView(ctx.tx, await updateBook(ctx.tx, await changing(ctx), ctx.body)),
  ),

  route(endpoints.publishBook, async (ctx) =>
    staffBookView(ctx.tx, await publishBook(ctx.tx, await changing(ctx, (row) => row.status === 'published'))),
  ),

  route(endpoints.unpublishBook, async (ctx) =>
    staffBookView(ctx.tx, await unpublishBook(ctx.tx, await changing(ctx, (row) => row.status === 'draft'))),
  ),
];
